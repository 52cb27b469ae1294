# Runaway recursion through dot-sourcing, which makes no new scope, ends in the catchable call depth overflow.
$dotted = { . $dotted }
try { . $dotted } catch { "dot-sourced: $($_.FullyQualifiedErrorId)" }
'after'
