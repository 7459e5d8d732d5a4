param name string
var a = 1 )
