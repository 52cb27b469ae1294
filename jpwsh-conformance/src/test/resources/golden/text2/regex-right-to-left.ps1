# RegexOptions.RightToLeft: Match, Matches and NextMatch go from the end of the input leftwards, a greedy quantifier takes as much to the left as it can; balancing groups are refused with .NET-style errors
([regex]::new('\d', 'RightToLeft').Matches('a1b2c3') | ForEach-Object Value) -join ','
[regex]::new('\d+', 'RightToLeft').Match('a12b345').Value
$m = [regex]::new('(\w)(\d)', 'RightToLeft').Match('x1y2')
'{0} at {1}, group 1 {2}' -f $m.Value, $m.Index, $m.Groups[1].Value
$n = $m.NextMatch()
'{0} at {1}; then success {2}' -f $n.Value, $n.Index, $n.NextMatch().Success
([regex]::new('\d*', 'RightToLeft').Matches('a12') | ForEach-Object { "[$($_.Value)@$($_.Index)]" }) -join ''
([regex]::Matches('one two three', '\w+', 'RightToLeft') | ForEach-Object Value) -join ' '
[regex]::Match('2024-03-05', '\d+', [System.Text.RegularExpressions.RegexOptions]::RightToLeft).Value
[regex]::new('a', 'RightToLeft, IgnoreCase').Options
[regex]::new('A', 'RightToLeft, IgnoreCase').Match('xaxA').Index
[regex]::new('a', 'RightToLeft').IsMatch('bab')
[regex]::new('z', 'RightToLeft').Match('abc').Success
try { [regex]::new('(?<open-close>x)') } catch { $_.Exception.InnerException.GetType().Name }
