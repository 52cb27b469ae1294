# The & background operator runs its pipeline as a Start-Job job in the current location, the job being the output: variables that exist are read through $using:, automatic ones such as $PID and variables not set are left to the job
#! timeout: 40
$factor = 3
$job = 1..3 | ForEach-Object { $_ * $factor } &
$job.GetType().Name
$job.PSJobTypeName
$job.Command
$job | Receive-Job -Wait -AutoRemoveJob

$chain = Write-Output first && Write-Output "then $factor" &
$chain.Command
$chain | Receive-Job -Wait -AutoRemoveJob

$other = $PID &
$other.Command
(Receive-Job $other -Wait -AutoRemoveJob) -ne $PID

$unset = "[$notSetAnywhere]" &
$unset.Command
$unset | Receive-Job -Wait -AutoRemoveJob

Push-Location ([System.IO.Path]::GetTempPath())
$here = (Get-Location).Path
$where = Get-Location &
(Receive-Job $where -Wait -AutoRemoveJob).Path -eq $here
Pop-Location
