# Start-ThreadJob -FilePath takes one existing .ps1 file: a wildcard, another extension or a missing file is a
# terminating error (the ThreadJob module's ArgumentExceptions and ItemNotFoundException); a script file runs.
foreach ($path in 'jobs-*.ps1', 'notes.txt', '/no/such/dir/job.ps1') {
    try {
        Start-ThreadJob -FilePath $path
    } catch {
        '{0}: {1}' -f $_.FullyQualifiedErrorId, $_.Exception.Message
    }
}
$script = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-threadjob-$PID.ps1")
[System.IO.File]::WriteAllText($script, 'param($x) "from a file: $($x * 2)"')
Start-ThreadJob -FilePath $script -ArgumentList 21 | Receive-Job -Wait -AutoRemoveJob
[System.IO.File]::Delete($script)
