# Runaway recursion through the ForEach intrinsic method ends in the catchable call depth overflow.
$each = { @(1).ForEach($each) }
try { @(1).ForEach($each) } catch { "ForEach: $($_.FullyQualifiedErrorId)" }
'after'
