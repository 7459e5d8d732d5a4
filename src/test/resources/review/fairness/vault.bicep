// A vault whose firewall denies every public network, and an output that names a secret but holds
// only its id: neither is a finding.
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-fairness-01'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
    softDeleteRetentionInDays: 90
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Deny'
      ipRules: []
      virtualNetworkRules: []
    }
  }
}

resource dbSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'db-password'
  properties: {
    value: 'not-read-back'
  }
}

output databaseSecretId string = dbSecret.id
