var typed string = 'x'
var typedList int[] = [
  1
]
