resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st'
  properties: {
    minimumTlsVersion: 'TLS1_2'

