# A terminating error makes a thread job Failed, with the error as its Reason and in its Error stream
$f = Start-ThreadJob { 'before'; throw 'boom'; 'after' }
$null = Wait-Job $f
$f.State
$f.JobStateInfo.Reason.Message
Receive-Job $f 2>&1 | ForEach-Object { "got: $_" }
