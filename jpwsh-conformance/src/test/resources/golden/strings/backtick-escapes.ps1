# Backtick sequences in double quotes produce special characters; in single quotes they stay literal.
"a`tb".Length
"line1`nline2"
"`u{41}`u{263A}".Length
"quote: `"x`""
"back``tick"
[int][char]"`e"
[int][char]"`a"
[int][char]"`0"
'a`tb'
