// Messages about what the review cannot resolve: a vault private endpoint whose target is a
// deployment parameter, registered in the wrong zone, and an identity whose owner is not known.
param location string = 'westeurope'
param vaultId string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-holes'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.9.0.0/16']
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.9.1.0/24'
        }
      }
    ]
  }
}

resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.vault.azure.net'
  location: 'global'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault'
  location: location
  properties: {
    subnet: {
      id: vnet.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vaultId
          groupIds: ['vault']
        }
      }
    ]
  }
}

resource peZones 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: pe
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'vault'
        properties: {
          privateDnsZoneId: zone.id
        }
      }
    ]
  }
}
