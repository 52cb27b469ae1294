# Start-Job refuses what pwsh refuses, before any process starts: a file that is not a script, wildcards, a missing file, an unset $using: variable, a missing working directory, -PSVersion other than 5.1 (bound as a [version], refused before anything else is checked), 5.1 itself (Windows PowerShell, which Linux lacks), -RunAs32, a script block from ConstrainedLanguage
function Show { param([scriptblock]$Attempt) try { & $Attempt } catch { $_.FullyQualifiedErrorId; $_.Exception.Message } }
Show { Start-Job -FilePath /tmp/script.txt }
Show { Start-Job -FilePath '/tmp/*.ps1' }
Show { Start-Job -FilePath /nonexistent/dir/job.ps1 }
Remove-Variable -Name notSet -ErrorAction SilentlyContinue
Show { Start-Job { $using:notSet } }
Show { Start-Job { 1 } -WorkingDirectory /nonexistent/dir }
Show { Start-Job { 1 } -PSVersion '2.0' }
Show { Start-Job { 1 } -PSVersion 7.4 -RunAs32 }
Show { Start-Job { 1 } -PSVersion 5.1 }
Show { Start-Job { 1 } -PSVersion 5.1 -WorkingDirectory /nonexistent/dir }
@(Get-Job).Count
Show { Start-Job { 1 } -RunAs32 }
$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'
Show { Start-Job { 1 } }
