# Select-String on piped strings: MatchInfo objects, -CaseSensitive, -NotMatch, -AllMatches, -Quiet, -Raw, -SimpleMatch, pattern arrays
$in = 'hello', 'Hello', 'goodbye'
$in | Select-String hello | ForEach-Object { "$_" }
$in | Select-String hello -CaseSensitive | ForEach-Object { $_.GetType().FullName, $_.LineNumber, $_.Path, $_.Filename, $_.Pattern, $_.IgnoreCase -join '|' }
$in | Select-String 'bye', 'zzz' -NotMatch | ForEach-Object Line
$in | Select-String 'zzz', 'ODB' | ForEach-Object { $_.Pattern + ' ' + $_.LineNumber }
'a1b22c333' | Select-String '\d+' -AllMatches | ForEach-Object { $_.Matches.Value -join ',' }
'a1b22c333' | Select-String '\d+' | ForEach-Object { $_.Matches.Count; $_.Matches[0].Index }
$r = $in | Select-String 'l' -Quiet
$r.GetType().Name + ' ' + $r
$null -eq ($in | Select-String 'zzz' -Quiet)
$in | Select-String 'good' -Raw | ForEach-Object { $_.GetType().Name + ' ' + $_ }
$in | Select-String 'L.' -SimpleMatch | Measure-Object | ForEach-Object Count
$in | Select-String 'LL' -SimpleMatch | ForEach-Object { $_.Line + ' ' + $_.Matches.Count }
Select-String -InputObject 'some stuff', 'other stuff' -Pattern 'other' | ForEach-Object Line
'John Smith' | Select-String '(?<first_name>\w+) (?<last_name>\w+)' | ForEach-Object { $_.Matches[0].Groups['last_name'].Value }
'x' | sls 'x' | ForEach-Object Line
1, 22, 333 | Select-String '2' | ForEach-Object { $_.Line + '@' + $_.LineNumber }
($in | Select-String hello -CaseSensitive) -is [Microsoft.PowerShell.Commands.MatchInfo]
