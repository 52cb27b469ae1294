# Parsing with a culture and exact formats: [double]::Parse with the culture's separators, [datetime]::Parse with its date order, ParseExact and TryParseExact with .NET's custom and standard formats, and their FormatException messages
$de = [cultureinfo]'de-DE'
$us = [cultureinfo]'en-US'
$fr = [cultureinfo]'fr-FR'
[double]::Parse('1,5', $de)
[double]::Parse('1.234.567,25', $de)
[double]::Parse('-1,234.5', $us)
[double]::Parse('  2.5e3 ', [cultureinfo]::InvariantCulture)
[double]::Parse('1,5', $us)
foreach ($bad in '1,5x', '', 'abc') {
    try { [double]::Parse($bad, $de) } catch { $_.Exception.InnerException.Message }
}
$r = 0
'{0} {1}' -f [double]::TryParse('4.25', [ref]$r), $r
'{0} {1}' -f [double]::TryParse('nope', [ref]$r), $r
[datetime]::Parse('05.03.2024', $de).ToString('s')
[datetime]::Parse('05.03.2024 14:07:09', $de).ToString('s')
[datetime]::Parse('3/5/2024 2:07 PM', $us).ToString('s')
[datetime]::Parse('05/03/2024 14:07', $fr).ToString('s')
$formats = @(
    @('2024-03-05 14:07:09', 'yyyy-MM-dd HH:mm:ss', $null),
    @('05/03/2024', 'dd/MM/yyyy', [cultureinfo]::InvariantCulture),
    @('5.3.24', 'd.M.yy', $de),
    @('Tuesday, 05 March 2024', 'D', [cultureinfo]::InvariantCulture),
    @('Dienstag, 5. März 2024', 'D', $de),
    @('mardi 5 mars 2024 14:07', 'f', $fr),
    @('03/05/2024 02:07:09 PM', 'MM/dd/yyyy hh:mm:ss tt', $us),
    @('20240305T140709.123', "yyyyMMdd'T'HHmmss.fff", $null),
    @('2024-03-05T14:07:09', 's', $null),
    @('05 Mar 2024', 'dd MMM yyyy', $us))
foreach ($f in $formats) {
    $p = [datetime]::ParseExact($f[0], $f[1], $f[2])
    '{0} -> {1} {2}' -f $f[1], $p.ToString('yyyy-MM-ddTHH:mm:ss.fff'), $p.Kind
}
([datetime]::ParseExact('14:07', 'HH:mm', $null)).Date -eq [datetime]::Today
[datetime]::ParseExact('14h07', 'HH\hmm', $null).ToString('HH:mm')
foreach ($bad in @('2024-3-05', 'yyyy-MM-dd'), @('2024-13-05', 'yyyy-MM-dd'), @('2024-02-30', 'yyyy-MM-dd'), @('05.03.2024 extra', 'dd.MM.yyyy'), @('x', '')) {
    try { [datetime]::ParseExact($bad[0], $bad[1], $de) } catch { $_.Exception.InnerException.GetType().Name + ': ' + $_.Exception.InnerException.Message }
}
$out = [datetime]::MinValue
[datetime]::TryParseExact('20240305', 'yyyyMMdd', $null, 'None', [ref]$out)
$out.ToString('s')
[datetime]::TryParseExact('2024035', 'yyyyMMdd', $null, 'None', [ref]$out)
$out.ToString('s')
