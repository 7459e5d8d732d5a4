// Grants a user-assigned managed identity read/write on an existing storage account,
// the way hand-written federated-learning samples do it.
@description('Name of the existing storage account')
param storageName string

@description('Principal id of the managed identity')
param identityPrincipalId string

@description('Roles given to the identity on the account')
param storageRoles array = [
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor
  '17d1049b-9a84-46fb-8f53-869881c3d3ab' // Storage Account Contributor
  '81a9662b-bebf-436f-a333-f67b29880f12' // Storage Account Key Operator Service Role
]

resource account 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {
  name: storageName
}

resource grants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in storageRoles: {
  scope: account
  name: guid(account.id, identityPrincipalId, role)
  properties: {
    roleDefinitionId: '/subscriptions/${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${role}'
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}]
