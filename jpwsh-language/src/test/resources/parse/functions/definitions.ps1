function Get-Simple { 'simple' }
function Add-Numbers($a, $b = 2) { $a + $b }
filter Double { $_ * 2 }
function global:Set-Thing { }
