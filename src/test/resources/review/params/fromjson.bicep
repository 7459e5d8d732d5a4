// The same account template, given its values by a parameters JSON file.
param accountName string
param sharedKeys bool

resource data 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: accountName
  location: 'westeurope'
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: sharedKeys
    minimumTlsVersion: 'TLS1_2'
  }
}
