// Fixture for AzureTypeCatalogTest: extraction + type check end to end.
// Expected violations are asserted with their line numbers; keep lines stable.
@description('Storage account name')
param storageName string = 'stflgen001'
param location string = resourceGroup().location
param principalId string
param containers array = [
  'models'
]
param deployVault bool = true

// Existing resources write nothing: the bogus property below must not be reported.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: 'id-orchestrator'
  properties: {
    bogus: true
  }
}

/* Storage account: one closed-enum violation, one type mismatch,
   one misspelt nested property and one read-only property. */
resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: storageName
  location: location
  tags: {
    'cost-center': '42'
    owner: '${principalId}'
  }
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    accessTier: 'Warm'
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: 'false'
    supportsHttpsTrafficOnly: true
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
      ipRules: [
        {
          value: '10.0.0.0/24'
          action: 'Allow'
        }
        {
          value: principalId == '' ? '10.1.0.0/24' : '10.2.0.0/24'
          acton: 'Allow'
        }
      ]
    }
    primaryEndpoints: {
      blob: 'https://x.blob.core.windows.net/'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [for (c, i) in containers: if (i >= 0) {
  parent: blobService
  name: c
  properties: {
    publicAccess: 'Public'
    metadata: union({ owner: 'flgen' }, {})
  }
  dependsOn: [
    storage
  ]
}]

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = if (deployVault) {
  name: 'kv-${uniqueString(resourceGroup().id)}'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
  }

  resource secret 'secrets' = {
    name: 'storage-key'
    properties: {
      value: storage.listKeys().keys[0].value
      contentTyp: 'text/plain'
    }
  }
}

resource compute 'Microsoft.MachineLearningServices/workspaces/computes@2025-06-01' = {
  name: 'ws/cpu-cluster'
  location: location
  properties: {
    computeType: 'AmlCompute'
    disableLocalAuth: true
    description: '''
CPU cluster for the orchestrator's jobs
'''
    properties: {
      vmSize: 'Standard_DS3_v2'
      scaleSettings: {
        maxNodeCount: 'four'
        minNodeCount: 0
      }
    }
  }
}

resource oldStorage 'Microsoft.Storage/storageAccounts@2019-06-01' = {
  name: 'stold001'
  location: location
}
