param x string =
param y string
