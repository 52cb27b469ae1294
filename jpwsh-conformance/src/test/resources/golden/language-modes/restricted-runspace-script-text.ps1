# Spec 3.2: a RestrictedLanguage runspace runs commands, and script text that keeps to the data-section rules; other text fails as a whole with a ParseException listing every broken rule (Command.cs: CheckRestrictedLanguage; SemanticChecks.cs: RestrictedLanguageChecker); a SessionStateFunctionEntry still runs in FullLanguage
$iss = [initialsessionstate]::CreateDefault()
$iss.LanguageMode = 'RestrictedLanguage'
$body = '"Get-Mode runs in $($ExecutionContext.SessionState.LanguageMode)"'
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Mode', $body))
$rs = [runspacefactory]::CreateRunspace($iss)
$rs.Open()
"proxy: $($rs.SessionStateProxy.LanguageMode)"
function Invoke-Text([string]$Text) {
    $ps = [powershell]::Create()
    $ps.Runspace = $rs
    try { $ps.AddScript($Text).Invoke() } catch {
        "$($_.Exception.InnerException.GetType().Name):"
        $_.Exception.InnerException.Message
    }
    $ps.Dispose()
}
Invoke-Text "Write-Output 'a command'"
Invoke-Text 'if (3 -gt 2 -and $true) { "comparisons" } else { $null }'
Invoke-Text 'Get-Mode'
Invoke-Text '$x = 1'
Invoke-Text "'text'.Length"
Invoke-Text '1..3 | ForEach-Object { $_ }'
# Command.cs checks UseLocalScope only for commands: script text with useLocalScope false runs
$ps = [powershell]::Create()
$ps.Runspace = $rs
$ps.AddScript("'script text with useLocalScope false'", $false).Invoke()
$ps.Dispose()
$rs.SessionStateProxy.LanguageMode = 'FullLanguage'
Invoke-Text '$x = 1; "after the proxy set FullLanguage: $x"'
$rs.Dispose()
