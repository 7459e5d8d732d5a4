param name string = 'fl'

// CRLF line endings
var obj = {
  a: name
  b: [
    1
    2
  ]
}

output o object = obj
