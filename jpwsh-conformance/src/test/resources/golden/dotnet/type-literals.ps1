# Type literals resolve accelerators and full names to the same types.
[int] -eq [System.Int32]
[hashtable].FullName
[pscustomobject].FullName
[regex].FullName
[type]'string' -eq [string]
