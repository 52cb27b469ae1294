# A subexpression inside a double-quoted string may contain its own double-quoted strings.
$n = 3
"Outer $("inner $n") end"
"Count: $(@(1, 2, 3).Count) items"
"$('{0:D2}' -f 5)"
