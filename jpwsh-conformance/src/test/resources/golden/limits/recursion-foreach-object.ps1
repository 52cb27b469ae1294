# Runaway recursion through ForEach-Object script blocks ends in the catchable call depth overflow.
function Step-Pipeline { 1 | ForEach-Object { Step-Pipeline } }
try { Step-Pipeline } catch { "ForEach-Object: $($_.FullyQualifiedErrorId)" }
'after'
