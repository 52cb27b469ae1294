# ConvertTo-Json cuts the graph at -Depth (2 by default): deeper values become their strings, with one warning per call
$deep = [pscustomobject]@{ L1 = [pscustomobject]@{ L2 = [pscustomobject]@{ L3 = [pscustomobject]@{ L4 = 1 } } } }
$deep | ConvertTo-Json 3>&1
'--- depth 0'
[pscustomobject]@{ L1 = [pscustomobject]@{ L2 = 'leaf' } } | ConvertTo-Json -Depth 0 -Compress 3>&1
'--- enough depth, no warning'
$deep | ConvertTo-Json -Depth 4 -Compress 3>&1
'--- what a truncated value turns into: a custom object, a hashtable, an array'
[pscustomobject]@{ o = [pscustomobject]@{ a = 1; b = 'x' }; h = @{ k = 1 }; arr = @(1, 2, 3) } | ConvertTo-Json -Depth 0 -Compress 3>&1
'--- only one warning for many cuts'
$two = [pscustomobject]@{ a = [pscustomobject]@{ b = 1 } }
@($two, $two) | ConvertTo-Json -Depth 1 -Compress 3>&1
'--- a graph that holds itself stops at the depth'
$loop = [ordered]@{ name = 'loop' }
$loop.self = $loop
$loop | ConvertTo-Json -Depth 3 -Compress 3>&1
'--- -Depth is 0 to 100'
try { 1 | ConvertTo-Json -Depth 101 } catch { $_.FullyQualifiedErrorId }
try { 1 | ConvertTo-Json -Depth -1 } catch { $_.FullyQualifiedErrorId }
