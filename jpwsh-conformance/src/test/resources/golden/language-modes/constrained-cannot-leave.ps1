# Spec 3.2: a ConstrainedLanguage script cannot switch its session to FullLanguage: setting SessionState.LanguageMode fails as in pwsh (PropertySetterNotSupportedInConstrainedLanguage, SessionState is not a core type), and so does every way of calling its setter or reaching the host's runspace (Get-Runspace) to change or run anything there
#! process: own
$iss = [initialsessionstate]::CreateDefault2()
$iss.LanguageMode = 'ConstrainedLanguage'
$ps = [powershell]::Create($iss)
[void]$ps.AddScript(@'
function Show([string]$What, [scriptblock]$Code) {
    try { "${What}: $(& $Code)" } catch { "${What}: $($_.FullyQualifiedErrorId)" }
}
$state = $ExecutionContext.SessionState
Show 'assignment' { $ExecutionContext.SessionState.LanguageMode = 'FullLanguage' }
Show 'setter called' { $state.setLanguageMode('FullLanguage') }
Show 'setter through .ForEach' { @($state).ForEach('setLanguageMode', 'FullLanguage') }
Show 'setter by a name in a variable' { $name = 'setLanguageMode'; $state.$name('FullLanguage') }
Show 'setter through method-call enumeration' { @($state, $state).setLanguageMode('FullLanguage') }
$state | ForEach-Object -MemberName setLanguageMode -ArgumentList FullLanguage -ErrorVariable refused -ErrorAction SilentlyContinue
"setter through ForEach-Object -MemberName: $($refused[0].FullyQualifiedErrorId)"
$hostRunspace = (Get-Runspace)[0]
Show 'host runspace: read its mode' { $hostRunspace.SessionStateProxy.LanguageMode }
Show 'host runspace: set its mode' { $hostRunspace.SessionStateProxy.LanguageMode = 'ConstrainedLanguage' }
Show 'host runspace: set a variable' { $hostRunspace.SessionStateProxy.SetVariable('planted', 1) }
Show 'host runspace: new pipeline' { $hostRunspace.CreatePipeline() }
Show 'host runspace: no-argument method read as a property' { $null -eq $hostRunspace.CreatePipeline }
Show 'host runspace: its engine state' { $null -eq $hostRunspace.Context }
"mode afterwards: $($ExecutionContext.SessionState.LanguageMode)"
'@)
$ps.Invoke()
"host: planted variable: $($null -ne (Get-Variable planted -ErrorAction Ignore))"
"host: mode: $($ExecutionContext.SessionState.LanguageMode)"
$ps.Dispose()
