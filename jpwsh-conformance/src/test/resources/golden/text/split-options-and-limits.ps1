# -split: RegexOptions in the options text, SimpleMatch only with IgnoreCase, and script-block delimiters with a limit
("a b c d" -split { $_ -like ' ' }, -2) -join '|'
("a b c d" -split { $_ -like ' ' }, 2) -join '|'
("a.B.c" -split 'b', 0, 'SimpleMatch,IgnoreCase') -join '|'
("a.B.c" -split 'b', 0, 'SimpleMatch') -join '|'
("one`ntwo" -split '^t', 0, 'Multiline') -join '|'
("a1b2" -split '(?<d>\d)', 0, 'ExplicitCapture') -join '|'
("a1b2" -split '(\d)', 0, 'ExplicitCapture') -join '|'
("a 1 b" -split ' \d ', 0, 'IgnorePatternWhitespace') -join '|'
try { 'a.b' -split '.', 0, 'SimpleMatch,Multiline' } catch { $_.FullyQualifiedErrorId + ': ' + $_.Exception.Message }
