# Spec 3.2: thread jobs and ForEach-Object -Parallel tasks started from a ConstrainedLanguage session run constrained: their script block, -InitializationScript and -FilePath script, with -AsJob and -UseNewRunspace too. Deliberate difference: pwsh takes such a runspace's mode from the system lockdown policy (FullLanguage on an unlocked machine); jpwsh follows the parent, so a child never lifts a constrained script
$work = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-children-$PID")).FullName
$file = [System.IO.Path]::Combine($work, 'job.ps1')
[System.IO.File]::WriteAllText($file, @'
"file: $($ExecutionContext.SessionState.LanguageMode)"
try { [math]::Max(1, 2) } catch { "file: $($_.FullyQualifiedErrorId)" }
'@)
$iss = [initialsessionstate]::CreateDefault2()
$iss.LanguageMode = 'ConstrainedLanguage'
$ps = [powershell]::Create($iss)
$ps.Runspace.SessionStateProxy.SetVariable('file', $file)
[void]$ps.AddScript(@'
$probe = { "$($ExecutionContext.SessionState.LanguageMode)"; try { [math]::Max(1, 2) } catch { $_.FullyQualifiedErrorId } }
"Start-ThreadJob: $(Start-ThreadJob $probe | Receive-Job -Wait -AutoRemoveJob)"
"-InitializationScript: $(Start-ThreadJob { $init } -InitializationScript { $global:init = $ExecutionContext.SessionState.LanguageMode } | Receive-Job -Wait -AutoRemoveJob)"
"-FilePath: $(Start-ThreadJob -FilePath $file | Receive-Job -Wait -AutoRemoveJob)"
"-Parallel: $(1 | ForEach-Object -Parallel { "$($ExecutionContext.SessionState.LanguageMode)"; try { [math]::Max(1, 2) } catch { $_.FullyQualifiedErrorId } })"
"-Parallel -UseNewRunspace: $(1 | ForEach-Object -Parallel { $ExecutionContext.SessionState.LanguageMode } -UseNewRunspace)"
"-Parallel -AsJob: $(1 | ForEach-Object -Parallel { $ExecutionContext.SessionState.LanguageMode } -AsJob | Receive-Job -Wait -AutoRemoveJob)"
'@)
$ps.Invoke()
$ps.Streams.Error | ForEach-Object { "error: $($_.FullyQualifiedErrorId)" }
$ps.Dispose()
[System.IO.Directory]::Delete($work, $true)
