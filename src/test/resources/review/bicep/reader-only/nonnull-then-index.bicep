// The non-null assertion followed by an index: valid Bicep that tree-sitter-bicep 1.1.0 rejects.
param settings object?

output name string = settings!['name']
