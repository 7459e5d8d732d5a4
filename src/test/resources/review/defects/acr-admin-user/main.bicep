// Reference-sample defect: the container registry admin user is enabled.
param location string = 'westeurope'

resource registry 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
  name: 'crflsample01'
  location: location
  sku: {
    name: 'Premium'
  }
  properties: {
    adminUserEnabled: true
    anonymousPullEnabled: false
    publicNetworkAccess: 'Disabled'
  }
}
