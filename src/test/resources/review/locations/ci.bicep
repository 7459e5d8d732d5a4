// Entry two of two: deploys the same store module under another name.
module store 'modules/store.bicep' = {
  name: 'store'
  params: {
    accountName: 'stci01'
  }
}
