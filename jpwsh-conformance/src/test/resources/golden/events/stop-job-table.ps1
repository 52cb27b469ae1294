# Stop-Job -PassThru and Wait-Job write event jobs in the Job table view, like Get-Job.; the Command cell keeps the script block's own blanks, trailing one included
#! process: own
$null = Register-EngineEvent -SourceIdentifier Tick -Action { 'tock' }
Stop-Job -Name Tick -PassThru
Wait-Job -Name Tick
