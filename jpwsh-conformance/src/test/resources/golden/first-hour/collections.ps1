# First hour, variables and collections: arrays, hashtables and ordered dictionaries, and how they print.
$a = 1, 2, 3
$a += 4
$a -join ','
$a[-1]
$a[1..2]
$a.Count
$a -contains 3
@().Count
$h = @{ b = 2 }
$h.a = 1
$h['c'] = 3
$h.Keys | Sort-Object
$h.Count
$h.ContainsKey('a')
[ordered]@{ Name = 'x'; Size = 10 } | Out-Host
$o = [ordered]@{ one = 1 }; $o.two = 2; $o | Out-Host
$x = 5
"x is $x"
'x is $x'
"sum: $(2 + 3)"
$null -eq $nothing
$list = [System.Collections.Generic.List[int]]::new(); $list.Add(7); $list.Add(8); $list
[int[]]$nums = '1', '2'; $nums[0] + $nums[1]
