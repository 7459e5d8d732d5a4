param items array
var names = [for item in items: item.name
output n array = names
