# Naming the same parameter twice is a binding error.
function Use-One { [CmdletBinding()] param($Only) "only=$Only" }
try { Use-One -Only 1 -Only 2 } catch { $_.FullyQualifiedErrorId }
