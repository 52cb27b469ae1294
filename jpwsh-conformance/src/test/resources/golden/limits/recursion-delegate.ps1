# Runaway recursion through a delegate made from a script block ends in the call depth overflow, unwrapped.
$func = [Func[int]] { $func.Invoke() }
try { $func.Invoke() } catch { "delegate: $($_.FullyQualifiedErrorId) $($_.Exception.GetType().Name)" }
'after'
