// An account whose name is a parameter without a value: kept under a placeholder, judged on its
// settings, never on its name.
param accountName string

resource account 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: accountName
  location: 'westeurope'
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    networkAcls: {
      defaultAction: 'Allow'
    }
  }
}
