# [regex] instances: RegexOptions, Match/NextMatch, Matches, Split, Escape/Unescape, IsMatch and timeouts
$r = [regex]::new('^b', [System.Text.RegularExpressions.RegexOptions]'Multiline, IgnoreCase')
$r.IsMatch("a`nB")
$r.Options
[regex]::IsMatch('ABC', 'b', 'IgnoreCase')
[regex]::new('(?<w>\w+)', 'ExplicitCapture').Match('hi').Groups.Count
[regex]::new('a b c', 'IgnorePatternWhitespace').IsMatch('abc')
[regex]::new('a.b', 'Singleline').IsMatch("a`nb")
[regex]::new('a.b').IsMatch("a`nb")
$m = [regex]::Match('a1 b2 c3', '[a-z]\d')
while ($m.Success) { "$($m.Value)@$($m.Index)"; $m = $m.NextMatch() }
([regex]::Matches('a1 b2 c3', '\d') | ForEach-Object Value) -join ''
[regex]::Matches('aaa', 'b').Count
[regex]::Split('a1b2c', '\d') -join '|'
[regex]::Split('a1b2c', '(\d)') -join '|'
[regex]::Escape('1+1=2? (yes) [x] {y} a|b ^$ .#')
[regex]::Unescape('\(x\)\t\x41\u0042')
'a.b.c' -split '.', 0, 'SimpleMatch'
'a1b' -split '\d', 0, 'RegexMatch'
([regex]'x').ToString()
$slow = [regex]::new('^(a+)+\1$', 'None', [timespan]::FromMilliseconds(50))
try { $slow.IsMatch(('a' * 40) + 'b') } catch { $_.Exception.InnerException.GetType().FullName }
$slow.MatchTimeout.TotalMilliseconds
