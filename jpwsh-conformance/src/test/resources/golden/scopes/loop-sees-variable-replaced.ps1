# A variable read and updated in a loop is looked up again once it is removed, re-created or redefined in its scope.
$x = 1
for ($i = 0; $i -lt 3; $i++) {
    $x
    if ($i -eq 0) { Remove-Variable x; $x = 'recreated' }
    if ($i -eq 1) { Remove-Variable x; New-Variable x -Value 'new' -Option ReadOnly }
}
try { $x = 'changed' } catch { $_.FullyQualifiedErrorId }
$x
function Count-Up {
    $n = 0
    foreach ($k in 1..3) { $n += $k; if ($k -eq 2) { Set-Variable n -Value 100 } }
    $n
    Remove-Variable n
    $null -eq $n
}
Count-Up
