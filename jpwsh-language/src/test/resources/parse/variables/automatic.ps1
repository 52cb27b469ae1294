$$
$^
$?
$_
$PSItem
$args
$true
$null
