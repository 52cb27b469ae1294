# ConvertTo-Html -Fragment writes the table alone; -As List writes name/value rows per object, a rule between objects
$items = [pscustomobject]@{ Id = 1; Tag = 'é' }, [pscustomobject]@{ Id = 2; Tag = 'b' }
$items | ConvertTo-Html -Fragment
$items | ConvertTo-Html -Fragment -As List
$items | ConvertTo-Html -Fragment -Property @{ Label = 'Double'; Expression = { $_.Id * 2 }; Width = 10; Alignment = 'right' }, { $_.Tag }, 'Missing', 'T*'
@{ Key = 'value' } | ConvertTo-Html -Fragment
'text' | ConvertTo-Html -Fragment
$null | ConvertTo-Html -Fragment
$items | ConvertTo-Html -Fragment -Property Missing
