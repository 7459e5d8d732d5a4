// Two compute clusters: one runs as its own system-assigned identity, one has no identity at all.
// The review used to read both as "no identity"; the first is given the AcrPull it needs.
param location string = 'westeurope'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crcompid01'
  location: location
  sku: {
    name: 'Premium'
  }
  properties: {
    adminUserEnabled: false
  }
}

resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'mlw-compid'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    containerRegistry: acr.id
  }
}

resource own 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {
  parent: ws
  name: 'cpu-own'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    computeType: 'AmlCompute'
    properties: {
      vmSize: 'Standard_D4s_v5'
    }
  }
}

resource none 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {
  parent: ws
  name: 'cpu-none'
  location: location
  properties: {
    computeType: 'AmlCompute'
    properties: {
      vmSize: 'Standard_D4s_v5'
    }
  }
}

resource pull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(acr.id, own.id, 'acrpull')
  scope: acr
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
    principalId: own.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
