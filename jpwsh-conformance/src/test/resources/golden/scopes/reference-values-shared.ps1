# A child scope that changes a hashtable's contents changes the caller's hashtable.
$h = @{}
$list = [System.Collections.ArrayList]::new()
function Add-Entries { $h.k = 1; $null = $list.Add('x') }
Add-Entries
$h.k
$list.Count
