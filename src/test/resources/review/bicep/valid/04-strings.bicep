param name string = 'fl'
param env string = 'dev'

var plain = 'hello'
var empty = ''
var escapes = 'it\'s a \\ path\nline\r\ttab \$ \u{1F600} \u{41}'
var interp = 'st${name}${env}'
var nested = 'a-${env == 'dev' ? 'd-${name}' : 'p-${toUpper(name)}'}-z'
var interpCall = 'id-${uniqueString(resourceGroup().id, name)}'
var dollar = 'cost: $5 and ${name}'
var multi = '''
first line
  'quoted' and ${not-interpolated}
'''
var multiInline = '''one line'''
