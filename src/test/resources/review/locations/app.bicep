// Entry one of two: deploys the shared store module and grants an identity on it.
resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-app'
  location: 'westeurope'
}

module store 'modules/store.bicep' = {
  name: 'store'
  params: {
    accountName: 'stapp01'
  }
}

module grant 'modules/grant.bicep' = {
  name: 'grant'
  params: {
    accountName: 'stapp01'
    principalId: uai.properties.principalId
  }
  dependsOn: [
    store
  ]
}
