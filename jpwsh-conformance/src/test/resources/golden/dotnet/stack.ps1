# A Stack hands items back in last-in, first-out order, also when synchronized.
$s = [System.Collections.Stack]::new()
$s.Push(1)
$s.Push(2)
$s.Push(3)
$s.Peek()
$s.Pop()
$s.ToArray() -join ','
$sync = [System.Collections.Stack]::Synchronized($s)
$sync.IsSynchronized
$sync.Count
