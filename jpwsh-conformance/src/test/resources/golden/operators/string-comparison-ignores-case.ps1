# String comparisons ignore case unless the c-prefixed form of the operator is used.
'ABC' -eq 'abc'
'ABC' -ceq 'abc'
'ABC' -ieq 'abc'
'a' -lt 'B'
'Hello' -cne 'hello'
'apple' -ne 'APPLE'
