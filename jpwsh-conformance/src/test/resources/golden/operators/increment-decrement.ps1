# ++ and -- update a variable; as a statement they print nothing, and postfix yields the old value.
$i = 5
$i++
$i
($i++)
$i
(++$i)
$i--
$i
