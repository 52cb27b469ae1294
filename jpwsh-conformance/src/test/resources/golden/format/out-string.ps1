# Out-String renders objects to one string, blank lines included, as they would print.
$text = [pscustomobject]@{ A = 1 } | Out-String
($text -split '\r?\n').Count
$text.Trim()
$lines = 'x', 'y' | Out-String -Stream
$lines.Count
