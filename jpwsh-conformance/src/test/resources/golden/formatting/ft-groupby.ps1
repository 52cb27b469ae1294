# Format-Table -GroupBy starts a new table under a "   Name: value" line whenever the value changes, with a blank line between groups.
$rows = 'a', 'a', 'b', 'a' | ForEach-Object { [pscustomobject]@{ Kind = $_; Size = $_.Length } }
$rows | Format-Table -GroupBy Kind
$rows | Format-Table Size -GroupBy @{ Label = 'Letter'; Expression = { $_.Kind.ToUpper() } }
