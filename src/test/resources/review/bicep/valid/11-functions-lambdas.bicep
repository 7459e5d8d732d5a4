param items array = [
  1
  2
  3
]

var rg = az.resourceGroup()
var joined = sys.concat('a', 'b')
var id = guid(subscription().id, rg.id, 'x')
var doubled = map(items, x => x * 2)
var evens = filter(items, i => i % 2 == 0)
var total = reduce(items, 0, (acc, next) => acc + next)
var sorted = sort(items, (a, b) => a < b)
var objs = toObject(items, x => string(x), x => {
  value: x
})
var first = first(items)
var nestedCall = toLower(replace(string(length(items)), '3', 'three'))
var envVal = environment().suffixes.storage
