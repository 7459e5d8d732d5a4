// Reference-sample defect: key-granting roles on silo storage.
param location string = 'westeurope'

resource siloIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'uai-silo1'
  location: location
}

resource siloStorage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: 'stsilo1data'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
    }
  }
}

resource keyOperator 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(siloStorage.id, siloIdentity.id, 'key-operator')
  scope: siloStorage
  properties: {
    principalId: siloIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '81a9662b-bebf-436f-a333-f67b29880f12')
  }
}

resource readerAndDataAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(siloStorage.id, siloIdentity.id, 'reader-data')
  scope: siloStorage
  properties: {
    principalId: siloIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'c12c1c16-33a1-487b-954d-41c89c60f349')
  }
}
