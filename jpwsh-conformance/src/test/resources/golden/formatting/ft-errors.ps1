# A bad -Property hashtable or -View name stops Format-Table with pwsh's error id and message.
$o = [pscustomobject]@{ A = 1 }
function Show([scriptblock] $block) {
    try { & $block } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.Message)" }
}
Show { $o | Format-Table @{ Foo = 'A' } }
Show { $o | Format-Table @{ Label = 'x' } }
Show { $o | Format-Table @{ Expression = 'A'; Alignment = 'middle' } }
Show { $o | Format-Table @{ Expression = 'A'; Width = 0 } }
try { $o | Format-Table @{ Expression = 'A'; Name = 'x'; Label = 'y' } } catch { $_.FullyQualifiedErrorId }
Show { $o | Format-List @{ Expression = 'A'; Width = 5 } }
Show { $o | Format-Table -View Nope }
Show { $o | Format-List A -View Nope }
Show { Get-Location | Format-Table -View Nope }
'still running'
