# Dates formatted with a culture: the standard formats take the culture's patterns, custom ones its day and month names, AM/PM designators and separators; DateTimeFormat lists them
$cultures = [cultureinfo]::InvariantCulture, [cultureinfo]'en-US', [cultureinfo]'de-DE', [cultureinfo]'fr-FR', [cultureinfo]'ja-JP'
$d = [datetime]::new(2024, 3, 5, 14, 7, 9)
foreach ($c in $cultures) {
    $f = $c.DateTimeFormat
    "[{0}] {1} | {2} | {3} | {4} | {5}" -f $c.Name, $f.ShortDatePattern, $f.LongDatePattern, $f.ShortTimePattern, $f.LongTimePattern, $f.FullDateTimePattern
    "  {0} | {1} | {2} {3} | sep '{4}' '{5}' | first {6}" -f $f.MonthDayPattern, $f.YearMonthPattern, $f.AMDesignator, $f.PMDesignator, $f.DateSeparator, $f.TimeSeparator, $f.FirstDayOfWeek
    "  days " + ($f.DayNames -join ',') + ' / ' + ($f.AbbreviatedDayNames -join ',')
    "  months " + ($f.MonthNames[0..2] -join ',') + ' / ' + ($f.AbbreviatedMonthNames[0..2] -join ',') + " count $($f.MonthNames.Count)"
    foreach ($s in 'd', 'D', 'f', 'F', 'g', 'G', 'M', 't', 'T', 'Y', 's', 'u', 'o') {
        "  {0}: {1}" -f $s, $d.ToString($s, $c)
    }
    '  custom: ' + $d.ToString('dddd dd MMM yyyy hh:mm tt', $c) + ' | ' + $d.ToString('ddd d/M/yy H:m:s', $c)
    '  default: ' + $d.ToString($c)
}
$d.ToString('yyyy-MM-dd', [cultureinfo]'de-DE')
$d.AddHours(-10).ToString('h:mm t', [cultureinfo]'en-US')
$d.ToString("'quoted' \\Y yyyy %d", [cultureinfo]'fr-FR')
try { $d.ToString('%', [cultureinfo]'de-DE') } catch { $_.Exception.InnerException.Message }
try { $d.ToString('yyyy ''open', [cultureinfo]'de-DE') } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.Message }
