# Get-Random stays within -Minimum (inclusive) and -Maximum (exclusive) and picks from -InputObject.
$ok = $true
foreach ($i in 1..50) {
    $n = Get-Random -Minimum 10 -Maximum 20
    if ($n -lt 10 -or $n -ge 20) { $ok = $false }
}
$ok
(Get-Random -InputObject 'only')
(Get-Random -InputObject (1..5) -Count 5 | Sort-Object) -join ','
