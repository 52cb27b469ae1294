# A PropertySet member names properties that Select-Object and Format-List expand to; Add-Member takes a dictionary of notes for a hashtable too, and refuses a CodeMethod or CodeProperty whose method does not take the object first, with pwsh's messages
$o = [pscustomobject]@{ A = 1; B = 2; C = 3 }
$o | Add-Member -MemberType PropertySet -Name Pair -Value A, C
$o | Select-Object Pair | Format-List
$o | Select-Object -Property Pair, B | ConvertTo-Json -Compress
$o | Select-Object Pair -ExcludeProperty C | ConvertTo-Json -Compress
$o | Format-List Pair
$o | Get-Member -MemberType PropertySet | Format-Table -AutoSize

$table = @{ X = 1 }
$table | Add-Member -NotePropertyMembers ([ordered]@{ N1 = 'a'; N2 = 'b' })
"$($table.N1) $($table.N2) $($table.Count)"
($table | Get-Member -MemberType NoteProperty).Name -join ','

$abs = [System.Math].GetMethod('Abs', [type[]]@([int]))
foreach ($kind in 'CodeMethod', 'CodeProperty') {
    try {
        $o | Add-Member -MemberType $kind -Name Bad -Value $abs
    } catch {
        "$($_.FullyQualifiedErrorId): $($_.Exception.Message)"
    }
}
