# $Error collects error records newest first, including caught ones; -ErrorAction Ignore leaves no trace.
$Error.Clear()
$Error.Count
Write-Error 'first' -ErrorAction SilentlyContinue
try { throw 'second' } catch { }
$Error.Count
$Error[0].Exception.Message
$Error[1].Exception.Message
Write-Error 'ignored' -ErrorAction Ignore
$Error.Count
