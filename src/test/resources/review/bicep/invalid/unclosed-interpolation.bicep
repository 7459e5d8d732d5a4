param name string
var s = 'prefix-${name'
