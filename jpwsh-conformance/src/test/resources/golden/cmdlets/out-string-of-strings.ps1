# Out-String joins strings into one text with a line break after each.
$s = 'a', 'b' | Out-String
$s.GetType().Name
$s.TrimEnd() -split '\r?\n' -join '|'
$s.EndsWith([Environment]::NewLine)
