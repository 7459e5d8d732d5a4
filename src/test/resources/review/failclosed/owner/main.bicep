// An Owner grant on a storage account: key-granting, so review must always report it.
param location string = 'westeurope'

resource trainer 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-trainer'
  location: location
}

resource data 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'stsilodata01'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    publicNetworkAccess: 'Disabled'
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    networkAcls: {
      defaultAction: 'Deny'
    }
  }
}

resource ownerGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: data
  name: guid(data.id, trainer.id, 'owner')
  properties: {
    roleDefinitionId: ROLE_ID
    principalId: trainer.properties.principalId
    principalType: 'ServicePrincipal'
  }
}
