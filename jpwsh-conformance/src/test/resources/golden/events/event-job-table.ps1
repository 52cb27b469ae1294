# An event job prints in pwsh's Job table view: Id, Name, PSJobTypeName, State, HasMoreData, Location, Command, all left-aligned.
#! process: own
$null = Register-EngineEvent -SourceIdentifier Tick -Action { 'tock' }
Get-Job
Unregister-Event -SourceIdentifier Tick
