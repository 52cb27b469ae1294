# Runaway recursion through ScriptBlock.Invoke ends in the call depth overflow, which pwsh does not wrap in a MethodInvocationException.
$block = { $block.Invoke() }
try { $block.Invoke() } catch { "Invoke: $($_.FullyQualifiedErrorId) $($_.Exception.GetType().Name)" }
'after'
