$o.Property
$o.'quoted name'
$o.$dynamic
$o.($expr)
$o.Method(1, 'two', $three)
$o.Nested.Deep.Method().Result
$o::StaticMember
$o.Items[0].Name
$h['key']
$a[1..3]
$a[-1]
$o.Method(
    1,
    2
)
