# An event job prints in pwsh's Job table view: Id, Name, PSJobTypeName, State, HasMoreData, Location, Command, all left-aligned.; the Command cell keeps the script block's own blanks, trailing one included
#! process: own
$null = Register-EngineEvent -SourceIdentifier Tick -Action { 'tock' }
Get-Job
Unregister-Event -SourceIdentifier Tick
