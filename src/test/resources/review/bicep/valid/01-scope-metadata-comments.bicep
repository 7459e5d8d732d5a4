// Target scope, metadata and comments.
targetScope = 'subscription'

/* A block comment
   spanning lines. */
metadata description = 'Fixture for targetScope and metadata'
metadata owner = {
  team: 'fl' // trailing comment
  contact: 'fl@example.com' /* inline block */
}

param location string = deployment().location
