# The concurrent collections offer Try* methods that report success.
$cd = [System.Collections.Concurrent.ConcurrentDictionary[string, int]]::new()
$cd.TryAdd('a', 1)
$cd.TryAdd('a', 2)
$cd['a']
$cd.GetOrAdd('b', 5)
$cd.GetOrAdd('b', 6)
$removed = 0
$cd.TryRemove('a', [ref]$removed)
$removed
$cd.Count
$cq = [System.Collections.Concurrent.ConcurrentQueue[int]]::new()
$cq.Enqueue(10)
$out = 0
$cq.TryDequeue([ref]$out)
$out
$cq.TryDequeue([ref]$out)
$bag = [System.Collections.Concurrent.ConcurrentBag[string]]::new()
$bag.Add('only')
$bag.Count
