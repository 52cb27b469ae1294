# Write-Host and Write-Output take unknown parameters as text through their remaining-arguments parameter
Write-Host -Foo 1
Write-Host a -Bar b
Write-Host x -Baz:3
Write-Output -Foo 2
(Write-Output -Foo 2).Count
