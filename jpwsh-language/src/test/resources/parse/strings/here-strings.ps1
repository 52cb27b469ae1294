@'
literal $x
'@
@"
expand $x and $(Get-Date)
"quotes" inside
"@
@"
"@
