// A blob container declared with its full type and no parent, so its name holds no account part,
// and a role assignment scoped to it: the review once crashed reading the account from the name.
param containerName string = 'data'
param principalId string

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  name: containerName
}

resource readerAndDataAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(container.id, principalId)
  scope: container
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'c12c1c16-33a1-487b-954d-41c89c60f349')
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
