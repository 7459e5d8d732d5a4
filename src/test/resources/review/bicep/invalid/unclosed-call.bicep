var id = guid(subscription().id, 'x'
var other = 1
