# Splatting passes a hashtable as named arguments and an array as positional ones.
function Show-Params { param($Name, $Count, [switch]$Loud) "$Name x$Count loud=$Loud" }
$named = @{ Name = 'a'; Count = 2 }
Show-Params @named
$named.Loud = $true
Show-Params @named
$positional = 'b', 3
Show-Params @positional
