var base = {
  a: 1
}
var merged = {
  ...base
  b: 2
}
var list = [
  ...[1, 2]
  3
]
