param deployKv bool = false
param mode string = 'prod'

resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = if (deployKv) {
  name: 'kv'
  location: 'westeurope'
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: mode == 'prod' ? 'premium' : 'standard'
    }
  }
}

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' = if (mode == 'prod' && !deployKv) {
  name: 'ws'
  location: 'westeurope'
}

output kvName string = deployKv ? kv.name : ''
