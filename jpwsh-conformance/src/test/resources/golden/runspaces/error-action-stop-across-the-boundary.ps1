# Spec 6: an error that $ErrorActionPreference = 'Stop' makes terminating ends the invocation Failed with an ActionPreferenceStopException, keeps the record out of Streams.Error, and stops a batch; inside the script a catch still sees the original error.
$ps = [powershell]::Create()
[void]$ps.AddScript('$ErrorActionPreference = "Stop"; Write-Error "boom"; "not reached"')
try { $ps.Invoke() } catch { $_.Exception.InnerException.GetType().Name; $_.Exception.InnerException.Message }
"errors kept: $($ps.Streams.Error.Count), state: $($ps.InvocationStateInfo.State)"
$batch = [powershell]::Create()
[void]$batch.AddScript('Write-Error "first" -ErrorAction Stop').AddStatement().AddScript('"second statement ran"')
try { $batch.Invoke() } catch { $_.Exception.InnerException.GetType().Name }
$inner = [powershell]::Create()
[void]$inner.AddScript('try { Write-Error "caught" -ErrorAction Stop } catch { $_.Exception.GetType().Name }')
$inner.Invoke()
$ps.Dispose(); $batch.Dispose(); $inner.Dispose()
