// Fixture for BicepSyntaxTest: exercises the constructs flgen generates.
targetScope = 'subscription'

@description('Azure region for all resources.')
param location string = 'westeurope'

@description('Silo definitions.')
param silos array = [
  {
    name: 'silo-a'
    subscriptionId: '00000000-0000-0000-0000-000000000001'
    resourceGroup: 'rg-silo-a'
  }
  {
    name: 'silo-b'
    subscriptionId: '00000000-0000-0000-0000-000000000002'
    resourceGroup: 'rg-silo-b'
  }
]

@minLength(3)
@maxLength(24)
param prefix string

@secure()
param adminPassword string = ''

param enableMonitoring bool = true
param replicaCount int = 2

var tags = {
  project: 'flgen'
  owner: '${prefix}-team'
}
var regions = [
  'westeurope'
  'northeurope'
]

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${prefix}-orchestrator'
  location: location
  tags: tags
}

module siloDeploy 'modules/silo.bicep' = [for (silo, i) in silos: {
  name: 'silo-${i}'
  scope: resourceGroup(silo.subscriptionId, silo.resourceGroup)
  params: {
    location: location
    siloName: silo.name
    replicas: replicaCount > 1 ? replicaCount : 1
  }
}]

module monitoring 'modules/monitoring.bicep' = if (enableMonitoring) {
  name: 'monitoring'
  scope: rg
  params: {
    location: location
  }
}

output siloNames array = [for s in silos: s.name]
output rgId string = rg.id
output regionCount int = length(regions)
