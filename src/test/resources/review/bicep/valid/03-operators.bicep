param a int = 1
param b int = 2
param s string = 'x'
param o object = {}

var sum = a + b * 3 - (a % 2) / 1
var cmp = a < b && b <= 5 || a > 10 && b >= 0
var eq = a == b || s != 'y' || s =~ 'X' || s !~ 'z'
var neg = -a
var notTrue = !true
var notCmp = !(a == b)
var coalesce = o.?missing ?? 'default'
var chained = o.?a.?b ?? o.?c ?? null
var tern = a > b ? 'bigger' : 'smaller'
var nestedTern = a > b ? 'gt' : a == b ? 'eq' : 'lt'
var multiTern = a > b
  ? 'bigger'
  : 'smaller'
var multiOp = a == 1 &&
  b == 2
