# ForEach-Object -MemberName reads a property or calls a method on each item.
'a', 'b' | ForEach-Object ToUpper
'abc', 'de' | ForEach-Object Length
'a-b', 'c-d' | ForEach-Object -MemberName Split -ArgumentList '-'
[pscustomobject]@{ N = 5 } | ForEach-Object -MemberName N
