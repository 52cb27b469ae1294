# Start-Transcript's header as pwsh writes it (start time, user and run-as user, configuration, machine and OS, host application, process id, then each $PSVersionTable entry) and its footer; -UseMinimalHeader keeps the start time alone; a host-less runspace's transcript records each script it runs after PS> and what its host shows
$dir = (mktemp -d).Trim()
$user = "$([Environment]::UserDomainName)\$([Environment]::UserName)"
$expected = [ordered]@{
    'Username' = $user
    'RunAs User' = $user
    'Configuration Name' = ''
    'Machine' = "$([Environment]::MachineName) ($([Environment]::OSVersion.VersionString))"
    'Process ID' = "$PID"
}
foreach ($key in $PSVersionTable.Keys) {
    $value = $PSVersionTable[$key]
    $expected[$key] = if ($value -is [array]) { $value -join ', ' } else { "$value" }
}
function Show([string] $file) {
    foreach ($line in Get-Content $file) {
        if ($line -match '^(Start|End) time: \d{14}$') {
            "$($Matches[1]) time: <yyyyMMddHHmmss>"
        } elseif ($line -like 'Host Application: ?*') {
            'Host Application: <the command line>'
        } elseif ($line -match '^([^:]+): ?(.*)$' -and $expected.Contains($Matches[1])) {
            $label = $Matches[1]
            if ($Matches[2] -eq $expected[$label]) { "${label}: as expected" } else { "${label}: unexpected [$($Matches[2])]" }
        } else {
            $line
        }
    }
}
$null = Start-Transcript -Path "$dir/full.txt"
$null = Stop-Transcript
Show "$dir/full.txt"
'---'
$null = Start-Transcript -Path "$dir/minimal.txt" -UseMinimalHeader
Write-Host 'recorded'
$null = Stop-Transcript
Show "$dir/minimal.txt"
'---'
$ps = [powershell]::Create()
$null = $ps.AddScript("Start-Transcript -Path '$dir/api.txt' -UseMinimalHeader").Invoke()
foreach ($script in 'Get-Date', "Write-Host 'host text'", 'Stop-Transcript') {
    $ps.Commands.Clear()
    $null = $ps.AddScript($script).Invoke()
}
$ps.Dispose()
Show "$dir/api.txt"
rm -r $dir
