# A terminating error makes a thread job Failed with the error as its Reason (not in its Error stream, which holds
# only non-terminating errors); every Receive-Job of the Failed job writes the Reason as error JobStateFailed.
$f = Start-ThreadJob { 'before'; Write-Error 'soft'; throw 'boom'; 'after' }
$null = Wait-Job $f
$f.State
$f.JobStateInfo.Reason.Message
"errors kept in the job: $($f.Error.Count)"
Receive-Job $f 2>&1 | ForEach-Object {
    if ($_ -is [System.Management.Automation.ErrorRecord]) { "error: $($_.FullyQualifiedErrorId): $_" } else { "got: $_" }
}
"again: $(@(Receive-Job $f 2>&1 | ForEach-Object FullyQualifiedErrorId) -join ', ')"
Remove-Job $f
