// A hand-written template that hands the storage account key to whoever reads the deployment.
param location string = 'westeurope'

resource data 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: 'stsilo2data'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowSharedKeyAccess: true
    allowBlobPublicAccess: false
    publicNetworkAccess: 'Disabled'
  }
}

output storageKey string = data.listKeys().keys[0].value
