# Out-String -Stream yields the rendered lines one by one.
$lines = [pscustomobject]@{ Key = 'k'; Value = 10 } | Out-String -Stream
$lines.Count
$lines | ForEach-Object { "[$_]" }
