// A library module nothing in the folder calls: still an entry, so its grant is reviewed.
param principalId string

resource data 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {
  name: 'stflshared01'
}

resource keys 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: data
  name: guid(data.id, principalId, 'keys')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '81a9662b-bebf-436f-a333-f67b29880f12')
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
