# jpwsh's InitialSessionState.HideJavaTypes (pwsh has no such setting): a FullLanguage runspace whose host hides Java types sees only the .NET surface (a Java class name is TypeNotFound, as in ConstrainedLanguage) while keeping FullLanguage for PowerShell's types; its thread jobs and -Parallel tasks hide them too, and the default hides nothing
$iss = [initialsessionstate]::CreateDefault2()
"default: $($iss.HideJavaTypes)"
$iss.HideJavaTypes = $true
"copied by Clone: $($iss.Clone().HideJavaTypes)"
$ps = [powershell]::Create($iss)
[void]$ps.AddScript(@'
function Show([string]$What, [scriptblock]$Code) {
    try { "${What}: $(& $Code)" } catch { "${What}: $($_.FullyQualifiedErrorId)" }
}
Show 'mode' { $ExecutionContext.SessionState.LanguageMode }
Show 'type literal' { [java.util.HashMap] }
Show 'New-Object' { New-Object java.util.HashMap }
Show '[type] conversion' { [type]'java.util.HashMap' }
Show 'generic argument' { [System.Collections.Generic.List[java.util.HashMap]] }
Show 'FullLanguage calls on .NET types' { [math]::Max(1, 2) }
Show 'FullLanguage object creation' { [System.Collections.Generic.List[int]]::new().Count }
Show 'thread job' { Start-ThreadJob { try { [java.util.HashMap] } catch { $_.FullyQualifiedErrorId } } | Receive-Job -Wait -AutoRemoveJob }
Show '-Parallel' { 1 | ForEach-Object -Parallel { try { [java.util.HashMap] } catch { $_.FullyQualifiedErrorId } } }
'@)
$ps.Invoke()
$ps.Dispose()
"runspace that does not hide them: $($null -ne [java.util.HashMap])"
