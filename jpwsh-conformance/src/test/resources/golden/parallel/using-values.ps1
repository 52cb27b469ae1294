# $using: values are read once in the caller and passed as the same live objects; indexing and members work.
$x = 5
$arr = 1, 2, 3
$h = @{ n = 'hi' }
1..2 | ForEach-Object -Parallel { "$_ $using:x $($using:arr[1]) $($using:h.n)" } -ThrottleLimit 1
$bag = [System.Collections.Concurrent.ConcurrentDictionary[int, int]]::new()
1..5 | ForEach-Object -Parallel { $null = ($using:bag).TryAdd($_, $_ * $_) }
($bag.Keys | Sort-Object | ForEach-Object { $bag[$_] }) -join ','
try { 1 | ForEach-Object -Parallel { $using:undefinedVariable } } catch { $_.FullyQualifiedErrorId; "$_" }
$sb = { 1 }
try { 1 | ForEach-Object -Parallel { $using:sb } } catch { $_.FullyQualifiedErrorId; "$_" }
