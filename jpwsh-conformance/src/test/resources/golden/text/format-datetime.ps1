# DateTime standard and custom formats in the invariant culture, quoted literals, escapes, % and F/f fractions
$d = [datetime]'2024-03-05 14:07:09.1234567'
foreach ($f in 'd', 'D', 'f', 'F', 'g', 'G', 'M', 'o', 'R', 's', 't', 'T', 'u', 'Y') { "$f => $($d.ToString($f))" }
$d.ToString('yyyy-MM-ddTHH:mm')
$d.ToString('ddd dd MMM yy h:mm tt')
$d.ToString('dddd d MMMM yyyy hh:mm:ss t')
$d.ToString('HH:mm:ss.fff FFF ffffff')
([datetime]'2024-03-05 14:07:09').ToString('HH:mm:ss.FFF|')
$d.ToString('%d')
$d.ToString('%M/%d')
$d.ToString('dd\/MM \h\h')
$d.ToString('"lit" yyyy ''q''')
$d.ToString('yyyyMMddTHHmmssffff')
$d.ToString('y yy yyy yyyyy g')
'{0:yyyy-MM-dd}|{0:HH\:mm}' -f $d
try { $d.ToString('K') } catch { 'K alone is no standard format' }
try { $d.ToString('Q') } catch { $_.Exception.InnerException.GetType().FullName + ': ' + $_.Exception.InnerException.Message }
try { $d.ToString('ffffffff') } catch { $_.Exception.InnerException.Message }
try { '{0:yyyy' -f $d } catch { $_.Exception.Message }
$u = [datetime]::SpecifyKind([datetime]'2024-03-05 14:07:09', 'Utc')
$u.Kind
$u.ToString('o')
$u.ToString('yyyy-MM-ddTHH:mm:ssK')
([datetime]'2024-03-05 14:07:09').ToString('o')
