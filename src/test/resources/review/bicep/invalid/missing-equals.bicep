param name string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' {
  name: name
}
