// Grants a key-granting role (Reader and Data Access) on an existing account.
param accountName string
param principalId string

resource account 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {
  name: accountName
}

resource keys 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, principalId, 'keys')
  properties: {
    roleDefinitionId: '/subscriptions/${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/c12c1c16-33a1-487b-954d-41c89c60f349'
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
