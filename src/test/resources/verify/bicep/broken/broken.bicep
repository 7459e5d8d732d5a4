param location string = 'westeurope'
param x string =

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: 'st${location}'
  location: location
  properties: {
    minimumTlsVersion: 'TLS1_2'
}
