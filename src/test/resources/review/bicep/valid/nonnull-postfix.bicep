// The postfix non-null assertion: the value is known not to be null.
param settings object?

var accountName = settings!.name
