// A conditional resource whose 'if' starts on the line after '='.
param deployLogs bool = false

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' =
  if (deployLogs) {
    name: 'log-fl'
    location: 'westeurope'
  }
