param name string = 'x'

var obj = {
  simple: 1
  'quoted-key': true
  '${name}-dynamic': {}
  nested: {
    deeper: {
      deepest: [
        1
        2
      ]
    }
  }
  type: 'keyword-as-key'
  resource: 'also a key'
  if: 'key'
}
var oneLine = { a: 1, b: 'two', c: [1, 2] }
var arr = [
  'a'
  'b'
  {
    c: 3
  }
  [
    4
  ]
]
var commaArr = [1, 2, 3]
var emptyObj = {}
var emptyArr = []
var mixed = [
  1, 2
  3
]
var access = obj.nested.deeper.deepest[0]
var keyAccess = obj['quoted-key']
var multiArgs = union(
  obj,
  {
    extra: true
  }
)
