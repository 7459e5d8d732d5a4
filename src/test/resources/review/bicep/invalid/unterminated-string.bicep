var greeting = 'hello
var other = 'x'
