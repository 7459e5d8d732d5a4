using './main.bicep'

var suffix = '01'
param accountName = 'stparam${suffix}'
param sharedKeys = true
