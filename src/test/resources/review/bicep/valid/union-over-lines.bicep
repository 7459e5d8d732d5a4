// A union type written one member per line, with and without a leading '|'.
type skuName =
  | 'Standard_LRS'
  | 'Standard_ZRS'

param sku skuName = 'Standard_LRS'

param tier 'Hot'
  | 'Cool' = 'Hot'
