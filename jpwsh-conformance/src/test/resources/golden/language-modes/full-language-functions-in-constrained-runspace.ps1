# Spec 3.2: in a ConstrainedLanguage runspace a SessionStateFunctionEntry's function runs in FullLanguage (InitialSessionState.cs pins its script block), and so do the startup scripts and the functions they define; the same code as script text stays constrained, and the pinned function cannot be dot-sourced (DotSourceNotSupported)
$iss = [initialsessionstate]::CreateDefault()
$iss.LanguageMode = 'ConstrainedLanguage'
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Larger', '[math]::Max(3, 4)'))
[void]$iss.StartupScripts.Add("$PSScriptRoot/_full-language-startup.ps1")
$ps = [powershell]::Create($iss)
[void]$ps.AddScript(@'
"session: $($ExecutionContext.SessionState.LanguageMode)"
"startup script ran in: $startupMode"
"function entry: $(Get-Larger)"
"function of the startup script: $(Get-StartupLarger)"
try { [math]::Max(3, 4) } catch { "script text: $($_.FullyQualifiedErrorId)" }
function Get-ScriptLarger { [math]::Max(5, 6) }
try { Get-ScriptLarger } catch { "function of the script text: $($_.FullyQualifiedErrorId)" }
try { . Get-Larger } catch { "dot-sourced function entry: $($_.FullyQualifiedErrorId)" }
"session afterwards: $($ExecutionContext.SessionState.LanguageMode)"
'@)
$ps.Invoke()
$ps.Dispose()
