# -replace and [regex]::Replace expand .NET substitutions: $1, ${name}, $&, $0, $`, $', $+, $_, $$; others stay literal
'a1b2' -replace '(\d)', '<$1>'
'a1b2' -replace '(?<digit>\d)', '<${digit}>'
'a1b2' -replace '\d', '<$&>'
'a1b2' -replace '\d', '<$0>'
'abc' -replace 'b', '[$`]'
'abc' -replace 'b', "[`$']"
'abc' -replace '(a)(b)', '$+'
'abc' -replace 'b', '[$_]'
'abc' -replace 'b', '$$'
'abc' -replace 'b', '$9 ${nope} $x $'
'2024-03-05' -replace '(?<y>\d+)-(?<m>\d+)-(?<d>\d+)', '${d}.${m}.${y}'
'first_last' -replace '(?<first_name>\w+)_(?<last_name>\w+)', '${last_name}, ${first_name}'
'abc' -replace '(b)', '$10'
[regex]::Replace('abc', 'B', '-', 'IgnoreCase')
([regex]'\d').Replace('a1b2c3', '#', 2)
'hello world' -replace '\b(\w)', { $_.Value.ToUpper() }
'a1b22' -replace '\d+', { "<$($_.Groups[0].Value.Length)>" }
[regex]::Match('on 2024', '(?<y>\d+)').Result('year ${y} at $`')
