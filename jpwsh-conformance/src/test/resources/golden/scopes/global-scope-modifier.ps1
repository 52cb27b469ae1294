# $global: writes the global scope, which a script run from the command line can read back.
function Set-Global { $global:shared = 'from function' }
Set-Global
$shared
$global:shared
