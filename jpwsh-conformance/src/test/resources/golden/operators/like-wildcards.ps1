# -like matches wildcard patterns case-insensitively; -clike respects case; a backtick escapes a wildcard.
'abc' -like 'a*'
'abc' -like 'A?C'
'abc' -clike 'A*'
'abc' -like '[a-c]bc'
'abc' -notlike '*d'
'a*c' -like 'a`*c'
'abc' -like 'a`*c'
