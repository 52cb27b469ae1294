# & runs a script block in a new child scope, while . runs it in the current scope.
$sb = { $made = 'here' }
& $sb
$null -eq $made
. $sb
$made
