// One of two independent entry templates: the development copy of the same account.
resource data 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'stflshared01'
  location: 'westeurope'
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    networkAcls: {
      defaultAction: 'Deny'
    }
  }
}
