param names array = [
  'x'
]

@description('A plain output.')
output id string = 'abc'

output count int = length(names)
output flag bool = true
output obj object = {
  a: 1
}
output list array = [for n in names: {
  name: n
}]
output upper string[] = [for n in names: toUpper(n)]
@sys.description('Nullable output.')
output maybe string? = null
