# Dequeue on an empty queue fails with a MethodInvocationException around InvalidOperationException.
$q = [System.Collections.Queue]::new()
try { $q.Dequeue() } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().Name
    $_.Exception.Message
}
