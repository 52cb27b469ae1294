# Startup script of full-language-functions-in-constrained-runspace.ps1: runs when the runspace opens.
$global:startupMode = $ExecutionContext.SessionState.LanguageMode
function Get-StartupLarger { [math]::Max(7, 8) }
