# Streams -Rows rows through Export-Csv into -Path (phase Export), or reads them back with Import-Csv and counts
# them (phase Import): each phase holds one row at a time, so its memory does not grow with the file.
param([ValidateSet('Export', 'Import')][string]$Phase, [string]$Path, [int]$Rows = 1000000)
$clock = [System.Diagnostics.Stopwatch]::StartNew()
if ($Phase -eq 'Export') {
    & { for ($i = 1; $i -le $Rows; $i++) { [pscustomobject]@{ Id = $i; Name = "name $i"; Note = 'a, "quoted" value'; Score = $i % 100 } } } |
        Export-Csv -LiteralPath $Path
    $size = (Get-Item -LiteralPath $Path).Length
    "exported $Rows rows ($([math]::Round($size / 1MB, 1)) MB) in $([math]::Round($clock.Elapsed.TotalSeconds, 1)) s"
} else {
    $count = 0
    $last = $null
    Import-Csv -LiteralPath $Path | ForEach-Object { $count++; $last = $_ }
    "imported $count rows in $([math]::Round($clock.Elapsed.TotalSeconds, 1)) s; last Id $($last.Id), Note $($last.Note)"
}
