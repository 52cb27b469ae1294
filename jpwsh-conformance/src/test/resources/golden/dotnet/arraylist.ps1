# ArrayList.Add returns the new index, which becomes output unless discarded.
$list = [System.Collections.ArrayList]::new()
$list.Add('a')
$list.Add('b')
[void]$list.Add('c')
$null = $list.Add('d')
$list.Count
$list.Insert(0, 'first')
$list.Remove('b')
$list -join ','
$list.Contains('c')
$list.IndexOf('c')
