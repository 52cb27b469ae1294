# Add-Member's errors carry pwsh's ids and messages
function Show($block) {
    try { & $block } catch { "$($_.FullyQualifiedErrorId) | $($_.Exception.Message)" }
}
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -NotePropertyName a -NotePropertyValue 2 -ErrorVariable err -ErrorAction SilentlyContinue
"$($err[0].FullyQualifiedErrorId) | $($err[0].CategoryInfo.Category) | $($err[0].Exception.Message)"
$o.a
'abc' | Add-Member -NotePropertyName Length -NotePropertyValue 1 -ErrorVariable err2 -ErrorAction SilentlyContinue
$err2[0].FullyQualifiedErrorId
Show { $o | Add-Member -MemberType NoteProperty -Name n -Value 1 -SecondValue 2 }
Show { $o | Add-Member -MemberType ScriptProperty -Name s -Value $null -SecondValue $null }
Show { $o | Add-Member -MemberType ScriptMethod -Name m -Value $null }
Show { $o | Add-Member -MemberType Method -Name m -Value { 1 } }
Show { $o | Add-Member -MemberType 'NoteProperty, ScriptMethod' -Name m -Value { 1 } }
Show { $o | Add-Member -MemberType Bogus -Name m -Value 1 }
Show { $o | Add-Member -TypeName ' ' }
$o | Add-Member ScriptProperty ReadOnly { 'r' }
Show { $o.ReadOnly = 'w' }
