// Resource-group scoped fixture: resources, existing, children, loops, conditions.
param location string = resourceGroup().location
param storageName string
param containers array = [
  'models'
  'data'
]
param principalId string
param deployVault bool = false

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: 'id-orchestrator'
}

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: storageName
  location: location
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
      ipRules: []
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [for c in containers: {
  parent: blobService
  name: c
  properties: {
    publicAccess: 'None'
  }
}]

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = if (deployVault) {
  name: 'kv-${uniqueString(resourceGroup().id)}'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
  }

  resource secret 'secrets' = {
    name: 'storage-key'
    properties: {
      value: storage.listKeys().keys[0].value
    }
  }
}

resource roleAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, principalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
  dependsOn: [
    blobContainers
  ]
}

var script = '''
echo "multi-line string"
'''

output storageId string = storage.id
output endpoint string = storage.properties.primaryEndpoints.blob
output containerIds array = [for (c, i) in containers: blobContainers[i].id]
output scriptLength int = length(script)
