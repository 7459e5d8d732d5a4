import { sharedType, helper as h } from 'shared.bicep'
import * as common from 'common.bicep'

@export()
type sku = 'Standard_LRS' | 'Premium_LRS'

type settings = {
  @description('The name.')
  name: string
  size: int?
  tags: {
    *: string
  }
  'quoted-prop': bool
}

type pair = [string, int]
type names = string[]
type choice = 1 | 2 | -3

@export()
func prefixed(prefix string, name string) string => '${prefix}-${name}'

func noArgs() int => 42

var typed = prefixed('st', 'fl')
param chosen sku = 'Standard_LRS'
param s settings
