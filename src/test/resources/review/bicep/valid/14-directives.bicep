param location string = 'westeurope'

#disable-next-line no-hardcoded-location
var region = 'westeurope'

resource id 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-1'
  #disable-next-line no-loc-expr-outside-params
  location: region
}
