// An image-build compute with only a system-assigned identity and no AcrPush: the message named
// its identity as an empty string ("runs as , which cannot push").
param location string = 'westeurope'

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crholes01'
  location: location
  sku: {
    name: 'Premium'
  }
}

resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'mlw-holes'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    containerRegistry: acr.id
    imageBuildCompute: 'cpu-build'
  }
}

resource build 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {
  parent: ws
  name: 'cpu-build'
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
