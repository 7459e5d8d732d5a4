// A compute cluster that names its user-assigned identity by a resource id built from the
// subscription: it has one. Its name breaks flgen's compute naming, which hand-written Bicep need not
// follow. No registry is deployed, so no image pull or build is judged.
resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-compute'
  location: 'westeurope'
}

resource workspace 'Microsoft.MachineLearningServices/workspaces@2024-04-01' existing = {
  name: 'mlw-fairness'
}

resource compute 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {
  parent: workspace
  name: 'cpu-cluster-01'
  location: 'westeurope'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '/subscriptions/${subscription().subscriptionId}/resourceGroups/${resourceGroup().name}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${uai.name}': {}
    }
  }
  properties: {
    computeType: 'AmlCompute'
    properties: {
      vmSize: 'Standard_D4s_v5'
      enableNodePublicIp: false
      scaleSettings: {
        minNodeCount: 0
        maxNodeCount: 2
      }
    }
  }
}
