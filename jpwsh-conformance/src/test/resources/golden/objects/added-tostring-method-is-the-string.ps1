# A ToString script method that Add-Member gives an object is what the object becomes as a string: in interpolation, [string] casts, concatenation and -join.
$point = [pscustomobject]@{ X = 1; Y = 2 }
$point | Add-Member -MemberType ScriptMethod -Name ToString -Value { "($($this.X), $($this.Y))" } -Force
"point: $point"
[string]$point
'at ' + $point
@($point, $point) -join ' | '
$point.ToString()
$plain = [pscustomobject]@{ X = 1 }
"plain: $plain"
