# $ErrorActionPreference = 'Stop' makes non-terminating errors terminate; -ErrorAction overrides it.
$ErrorActionPreference = 'Stop'
try { Write-Error 'now terminating'; 'not reached' } catch { "caught: $_" }
Write-Error 'overridden' -ErrorAction SilentlyContinue
'still running'
