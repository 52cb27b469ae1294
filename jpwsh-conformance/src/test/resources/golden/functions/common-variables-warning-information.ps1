# -WarningVariable and -InformationVariable collect an advanced function's warnings and information records (Write-Host's too) even when the action hides them; +name appends
function W { [CmdletBinding()] param() Write-Warning 'w1'; Write-Information 'i1'; Write-Host 'h1'; Write-Warning 'w2' }
W -WarningVariable wv -WarningAction SilentlyContinue -InformationVariable iv -InformationAction SilentlyContinue
"warnings: $($wv.Count): $($wv -join ', ')"
"information: $($iv.Count): $($iv -join ', ')"
W -WarningVariable +wv -WarningAction SilentlyContinue -InformationAction Ignore
"appended: $($wv.Count)"
$wv[0].GetType().FullName
$iv[0].GetType().FullName
