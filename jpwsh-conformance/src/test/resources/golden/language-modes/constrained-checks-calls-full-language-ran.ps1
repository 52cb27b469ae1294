# Spec 3.2: a method call that a FullLanguage runspace has already run is checked again when the same script text runs in a ConstrainedLanguage runspace: its receiver's method is refused there, a core type's static method still runs
$script = 'foreach ($i in 1..3) { [void]$sb.Append($i) }; [int]::Parse(''4''); $sb.ToString()'
$full = [powershell]::Create()
$full.Runspace.SessionStateProxy.SetVariable('sb', [System.Text.StringBuilder]::new())
[void]$full.AddScript($script)
"full: $($full.Invoke() -join ', ')"
$iss = [initialsessionstate]::CreateDefault2()
$iss.LanguageMode = 'ConstrainedLanguage'
$constrained = [powershell]::Create($iss)
$constrained.Runspace.SessionStateProxy.SetVariable('sb', [System.Text.StringBuilder]::new('kept'))
[void]$constrained.AddScript($script)
"constrained: $($constrained.Invoke() -join ', ')"
$constrained.Streams.Error | ForEach-Object { $_.FullyQualifiedErrorId }
$full.Dispose()
$constrained.Dispose()
