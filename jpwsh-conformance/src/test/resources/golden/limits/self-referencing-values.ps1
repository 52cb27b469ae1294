# Collections that hold themselves, and arrays nested thousands deep, convert to strings and print without overflowing: pwsh does not expand a collection inside a collection.
$table = @{}; $table.Self = $table
"hashtable: $table"
$list = [System.Collections.ArrayList]::new(); [void]$list.Add(1); [void]$list.Add($list)
"list: $list"
$array = @(1, 2); $array[1] = $array
"array: $array"
$generic = [System.Collections.Generic.List[object]]::new(); $generic.Add($generic)
"generic list: $generic"
$custom = [pscustomobject]@{ Name = 'x'; Self = $null }; $custom.Self = $custom
"custom object: $custom"
$nested = 1
for ($i = 0; $i -lt 5000; $i++) { $nested = , $nested }
"nested: $nested"
($list | Out-String).Length -gt 0
($nested | Out-String).Length -gt 0
'after'
