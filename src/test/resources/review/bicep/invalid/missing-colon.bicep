var obj = {
  name 'x'
}
