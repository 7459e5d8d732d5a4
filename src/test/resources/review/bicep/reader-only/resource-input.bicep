param storageProps resourceInput<'Microsoft.Storage/storageAccounts@2024-01-01'>.properties
param whole resourceInput<'Microsoft.Storage/storageAccounts@2024-01-01'>
