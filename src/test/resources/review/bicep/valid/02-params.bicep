@description('Name of the thing.')
@minLength(3)
@maxLength(24)
param name string

@sys.description('Fully qualified decorator.')
param count int = 3

@allowed([
  'Enabled'
  'Disabled'
])
param access string = 'Disabled'

@secure()
param secret string

param enabled bool = true
param settings object = {}
param items array = []
param names string[] = [
  'a'
  'b'
]
param mode 'fast' | 'slow' = 'fast'
param optional string?
param maybeList int[]?
@minValue(-5)
@maxValue(10)
param offset int = -2
@metadata({
  owner: 'fl'
})
param tagged object = {
  env: 'test'
}
