param location string = resourceGroup().location

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stexisting'
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-1'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
      ]
    }
  }

  resource subnet 'subnets' = {
    name: 'default'
    properties: {
      addressPrefix: '10.0.0.0/24'
    }
  }
}

resource blob 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv-1'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: kv
  name: 'storage-key'
  properties: {
    value: account.listKeys().keys[0].value
  }
}

var subnetId = vnet::subnet.id
var maybe = vnet.properties.?dhcpOptions.?dnsServers
