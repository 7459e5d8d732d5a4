// Key-granting roles at three scopes. Listing keys is an action on the account, and an assignment
// reaches only its scope and below: Contributor on a queue and Key Operator on a table cannot list
// the keys; Reader and Data Access on the account can, and is the one finding.
param location string = 'westeurope'

resource app 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-keys'
  location: location
}

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: 'stkeys01'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
    }
  }
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource queue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = {
  parent: queues
  name: 'rounds'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource table 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = {
  parent: tables
  name: 'metrics'
}

resource onQueue 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(queue.id, app.id, 'contributor')
  scope: queue
  properties: {
    principalId: app.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b24988ac-6180-42a0-ab88-20f7382dd24c')
  }
}

resource onTable 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(table.id, app.id, 'key-operator')
  scope: table
  properties: {
    principalId: app.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '81a9662b-bebf-436f-a333-f67b29880f12')
  }
}

resource onAccount 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, app.id, 'reader-data')
  scope: account
  properties: {
    principalId: app.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'c12c1c16-33a1-487b-954d-41c89c60f349')
  }
}
