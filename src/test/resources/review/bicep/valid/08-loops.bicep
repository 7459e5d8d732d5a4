param containers array = [
  'a'
  'b'
]
param enabled bool = true

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'st'
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for c in containers: {
  name: 'default/${c}'
}]

resource indexed 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for (c, i) in containers: if (enabled && i > 0) {
  name: 'default/${c}-${i}'
}]

resource ranged 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for i in range(0, 3): {
  name: 'default/c${i}'
}]

var names = [for c in containers: toUpper(c)]
var pairs = [for (c, i) in containers: {
  name: c
  index: i
}]
var nestedLoop = [for c in containers: [for i in range(0, 2): '${c}${i}']]
var multilineFor = [
  for c in containers: c
]
