# Stop-Job -PassThru and Wait-Job write event jobs in the Job table view, like Get-Job.
#! process: own
$null = Register-EngineEvent -SourceIdentifier Tick -Action { 'tock' }
Stop-Job -Name Tick -PassThru
Wait-Job -Name Tick
