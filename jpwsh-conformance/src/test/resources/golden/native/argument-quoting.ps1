# Arguments reach a native program as pwsh's Standard argument passing gives them on Unix: one argv element each,
# spaces and quotes kept, empty strings passed, $null dropped, arrays spread, parameter tokens as written.
printf '[%s]\n' 'a b' '' 'say "hi"' "it's" $null @('x', 'y') -flag -name:value 'back\slash' "tab`there"
$arguments = 'one', 'two words', ''
"$(printf '<%s>' @arguments)"
$empty = ''
"$(printf '(%s)' $empty "$empty" 'end')"
