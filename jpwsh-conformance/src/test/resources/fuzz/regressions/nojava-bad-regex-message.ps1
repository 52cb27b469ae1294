# Named groups of a -match appear in $Matches under their names.
if ('Release 2024-03-05' -match '(?<year>\d{4})-(?<month>\d\d)-(? <day>\d\d)') {
    $Matches.year
    $Matches['month']
    $Matches.day
    $Matches[0]
}
