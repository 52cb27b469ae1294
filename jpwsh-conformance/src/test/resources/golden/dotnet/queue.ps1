# A Queue hands items back in first-in, first-out order.
$q = [System.Collections.Queue]::new()
$q.Enqueue('one')
$q.Enqueue('two')
$q.Enqueue('three')
$q.Count
$q.Peek()
$q.Dequeue()
$q.Count
$q.ToArray() -join ','
