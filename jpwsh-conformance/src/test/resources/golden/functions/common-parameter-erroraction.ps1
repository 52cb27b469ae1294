# -ErrorAction on an advanced function governs its non-terminating errors, and Stop makes them catchable.
function Test-Err { [CmdletBinding()] param() Write-Error 'problem'; 'continued' }
Test-Err -ErrorAction SilentlyContinue
try { Test-Err -ErrorAction Stop } catch { "caught: $_" }
