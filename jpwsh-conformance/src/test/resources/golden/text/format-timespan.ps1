# TimeSpan standard formats c, g, G and custom ones (literals must be escaped or quoted)
$t = [timespan]'1.02:03:04.5'
foreach ($f in 'c', 'g', 'G', 'hh\:mm', 'd\.hh', '%h', 'hh\:mm\:ss\.fff', "dd'd 'hh'h'", 'FFF', 'ddd') { "$f => $($t.ToString($f))" }
([timespan]'00:01:30').ToString('g')
([timespan]'-00:01:30').ToString('c')
[timespan]::FromMinutes(90).ToString('hh\:mm')
'{0:hh\:mm\:ss}' -f [timespan]'02:03:04'
try { $t.ToString('hh:mm') } catch { $_.Exception.InnerException.Message }
try { $t.ToString('x') } catch { $_.Exception.InnerException.Message }
([datetime]'2024-01-01' - [datetime]'2024-01-01 01:02:03.5') | ForEach-Object { $_.Hours, $_.Minutes, $_.Seconds, $_.Milliseconds -join ',' }
