# Runaway recursion through the & operator on a script block ends in the catchable call depth overflow.
#! timeout: 40
$invoked = { & $invoked }
try { & $invoked } catch { "& block: $($_.FullyQualifiedErrorId)" }
'after'
