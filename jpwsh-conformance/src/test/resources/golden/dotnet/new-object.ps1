# New-Object creates .NET objects with constructor arguments, and PSObjects from a property hashtable.
$sb = New-Object System.Text.StringBuilder
[void]$sb.Append('built')
$sb.ToString()
(New-Object System.Version -ArgumentList 1, 2, 3).Minor
$list = New-Object -TypeName 'System.Collections.Generic.List[int]'
$list.Add(3)
$list.Count
$o = New-Object -TypeName PSObject -Property @{ A = 1 }
$o.A
$o.GetType().Name
