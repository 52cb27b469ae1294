# $Error[0] | Format-List * -Force lists an ErrorRecord's properties in .NET's order (PSMessageDetails from the type data first); without -Force the error shows in the error view.
try { 1/0 } catch { }
$lines = $Error[0] | Format-List * -Force | Out-String -Stream
$lines | Where-Object { $_ -match '^\w+ +: ' } | ForEach-Object { $_.Substring(0, 21).TrimEnd() }
($lines | Where-Object { $_ -like 'FullyQualifiedErrorId*' }).Substring(24)
($lines | Where-Object { $_ -like 'PipelineIterationInfo*' }).Substring(24)
$viewed = $Error[0] | Format-List | Out-String -Stream
$viewed -match 'Attempted to divide by zero' -replace '^ +\| ', ''
