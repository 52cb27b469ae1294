# Spec 3.2: a NoLanguage runspace runs commands added through the API but no script text (ScriptsNotAllowed); a command added with useLocalScope false is refused in NoLanguage and RestrictedLanguage (RunspaceStrings.UseLocalScopeNotAllowed, Command.cs); SessionStateProxy.LanguageMode can change the mode of an open runspace
$iss = [initialsessionstate]::CreateDefault()
$iss.LanguageMode = 'NoLanguage'
$ps = [powershell]::Create($iss)
"proxy: $($ps.Runspace.SessionStateProxy.LanguageMode)"
$ps.AddCommand('Write-Output').AddArgument('a command').Invoke()
$ps.Commands.Clear()
try { $ps.AddScript("'script text'").Invoke() } catch {
    "$($_.Exception.InnerException.GetType().Name): $($_.Exception.InnerException.Message)"
}
$ps.Commands.Clear()
try { $ps.AddCommand('Write-Output', $false).AddArgument('dot-sourced').Invoke() } catch {
    "$($_.Exception.InnerException.GetType().Name): $($_.Exception.InnerException.Message)"
}
$ps.Commands.Clear()
$ps.Runspace.SessionStateProxy.LanguageMode = 'FullLanguage'
$ps.AddScript("'script text once the proxy set FullLanguage'").Invoke()
"initial session state still says: $($iss.LanguageMode)"
$ps.Dispose()
