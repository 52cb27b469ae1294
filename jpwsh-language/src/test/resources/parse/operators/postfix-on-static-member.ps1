[Foo]::Count++
$i++
++$i
