// Reference-sample defect: the confidentiality Key Vault is public.
param location string = 'westeurope'

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: 'kv-fl-confidential'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}
