# An advanced function rejects a positional argument that no parameter takes.
function Use-One { [CmdletBinding()] param($Only) "only=$Only" }
Use-One 1
try { Use-One 1 2 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
