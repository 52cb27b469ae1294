{ }
{ param($x) $x * 2 }
$sb = { 'body' }
$sb.Invoke()
$list.ForEach({ $_ })
$list.Where{ $_ -gt 1 }
