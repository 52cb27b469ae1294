# A double-quoted here-string expands subexpressions and keeps embedded quotes as they are.
$items = 'a', 'b'
$text = @"
Count: $($items.Count)
"quoted" and 'single'
Joined: $($items -join '+')
"@
$text
