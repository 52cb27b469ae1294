# Stack and Queue built from a collection keep its order (the stack's top is the last item) or take a capacity, and System.Linq.Enumerable's SequenceEqual, Sum, Max and Min work on typed arrays
$stack = [System.Collections.Stack]::new(@('a', 'b', 'c'))
"stack pops: $($stack.Pop()) $($stack.Pop()) left: $($stack.Count)"
$queue = [System.Collections.Queue]::new(@('a', 'b', 'c'))
"queue dequeues: $($queue.Dequeue()) $($queue.Dequeue()) left: $($queue.Count)"
$empty = [System.Collections.Queue]::new(10)
"capacity queue count: $($empty.Count)"
$typed = [System.Collections.Generic.Stack[int]]::new([int[]](1, 2, 3))
"generic stack peek: $($typed.Peek())"
"stack enumerates top first: $([System.Collections.Stack]::new(@(1, 2, 3)) -join ',')"
"sequence equal: $([Linq.Enumerable]::SequenceEqual([int[]](1, 2, 3), [int[]](1, 2, 3))) $([Linq.Enumerable]::SequenceEqual([int[]](1, 2), [int[]](1, 2, 3)))"
$sum = [Linq.Enumerable]::Sum([int[]](1, 2, 3, 4))
"sum: $sum $($sum.GetType().Name)"
"sum of doubles: $([Linq.Enumerable]::Sum([double[]](1.5, 2.25)))"
"max: $([Linq.Enumerable]::Max([int[]](3, 9, 4))) min: $([Linq.Enumerable]::Min([int[]](3, 9, 4)))"
try { [Linq.Enumerable]::Max([int[]]@()) } catch { "max of none: $($_.Exception.InnerException.Message)" }
