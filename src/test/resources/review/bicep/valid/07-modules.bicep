targetScope = 'subscription'

param tags object = {}
param regions array = [
  'westeurope'
  'northeurope'
]

module rg 'modules/resource-group.bicep' = {
  name: 'rg-0'
  scope: subscription('00000000-0000-0000-0000-000000000000')
  params: {
    name: 'rg-fl'
    location: 'westeurope'
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup('00000000-0000-0000-0000-000000000000', 'rg-fl')
  params: {
    name: 'stfl'
    containers: [
      'global-model'
    ]
  }
  dependsOn: [
    rg
  ]
}

@batchSize(2)
module perRegion 'modules/region.bicep' = [for (region, i) in regions: {
  name: 'region-${i}'
  scope: resourceGroup('rg-${region}')
  params: {
    location: region
  }
}]

module optional 'modules/optional.bicep' = if (length(regions) > 1) {
  name: 'optional'
  scope: resourceGroup('rg-fl')
}

output storageId string = storage.outputs.id
