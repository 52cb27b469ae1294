# Error cases of the object, formatting and discovery cmdlets: an unknown property (silent for Measure-Object unless strict mode 2 asks), an ambiguous parameter prefix listing the matches in declaration order, an unknown command name, a value Add-Member cannot convert, Group-Object -AsString without -AsHashTable
$o = [pscustomobject]@{ A = 1 }
function Show([scriptblock] $block) {
    try { & $block } catch { "$($_.FullyQualifiedErrorId) | $_" }
}
$measured = $o | Measure-Object -Property Nope -ErrorVariable quiet
"measured: $($measured.Count) errors: $($quiet.Count)"
& {
    Set-StrictMode -Version 2
    $null = $o | Measure-Object -Property Nope -ErrorVariable strict 2>$null
    "$($strict[0].FullyQualifiedErrorId) | $($strict[0].CategoryInfo.Category) | $($strict[0])"
}
($o, [pscustomobject]@{ A = 0 } | Sort-Object -Property Nope).A -join ','
Show { $o | Measure-Object -S A }
Show { $o | Format-Custom -D 1 }
Show { $o | Select-Object -Ex A }
Get-Command Nope-Zq -ErrorAction SilentlyContinue -ErrorVariable missing
"$($missing[0].FullyQualifiedErrorId) | $($missing[0].CategoryInfo.Category)"
$missing[0].Exception.Message
Show { Add-Member -InputObject a -MemberType ScriptProperty -Name Shout -Value 'not a script block' }
Show { 1, 2 | Group-Object -AsString }
