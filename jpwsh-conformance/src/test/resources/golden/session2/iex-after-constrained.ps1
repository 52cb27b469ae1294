# Invoke-Expression in a session that has ever been in ConstrainedLanguage runs its text constrained (InvokeExpressionCommand.cs: HasRunspaceEverUsedConstrainedLanguageMode), even called from a FullLanguage function while the session is back in FullLanguage; a session never constrained runs it in its own mode
$ps = [powershell]::Create()
[void]$ps.AddScript(@'
function Get-Full {
    "function: $($ExecutionContext.SessionState.LanguageMode)"
    Invoke-Expression '"expression: $($ExecutionContext.SessionState.LanguageMode)"'
    try { Invoke-Expression '[math]::Max(3, 4)' } catch { "expression: $($_.FullyQualifiedErrorId)" }
    try { '[math]::Max(5, 6)' | Invoke-Expression } catch { "piped expression: $($_.FullyQualifiedErrorId)" }
    try { & ([scriptblock]::Create('[math]::Max(7, 8)')) } catch { "created script block: $($_.FullyQualifiedErrorId)" }
}
Get-Full
$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'
"session: $($ExecutionContext.SessionState.LanguageMode)"
Get-Full
'@)
$ps.Invoke()
$ps.Dispose()
$iss = [initialsessionstate]::CreateDefault()
$iss.LanguageMode = 'ConstrainedLanguage'
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Trusted', 'Invoke-Expression ''[math]::Max(1, 2)'''))
$constrained = [powershell]::Create($iss)
[void]$constrained.AddScript('try { Get-Trusted } catch { "trusted function in a constrained runspace: $($_.FullyQualifiedErrorId)" }')
$constrained.Invoke()
$constrained.Dispose()
