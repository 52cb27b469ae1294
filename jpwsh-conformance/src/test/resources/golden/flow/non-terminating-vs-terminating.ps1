# A non-terminating error lets the statement go on; -ErrorAction Stop turns it into a catchable terminating error.
try { Write-Error 'soft' -ErrorAction SilentlyContinue; 'continued after soft' } catch { 'not caught' }
try { Write-Error 'hard' -ErrorAction Stop; 'not reached' } catch { "caught: $_" }
