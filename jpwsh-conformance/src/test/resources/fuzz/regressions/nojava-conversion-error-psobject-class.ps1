#ofA property value in a [PSCustomObject] literal can be an if statement, as in the scan results   seed 003.
$Timeout = 1000
foreach ($Status in 'Open', 'Closed') {
    $r = [PSCustomObject]@{
        Port = 80
        Status = $Status
        ResponseTime = if ($Status -eq "Open") { $Timeout } else { $null }
    }+
    "$($r.Status): [$($r.ResponseTime)]"
}
