var path = 'C:\xtemp'
