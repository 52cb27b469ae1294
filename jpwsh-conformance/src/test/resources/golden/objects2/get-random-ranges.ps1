# Get-Random and Get-SecureRandom stay in [Minimum, Maximum), pick distinct items, and refuse bad bounds.
$n = Get-Random -Minimum 10 -Maximum 20 -Count 200
($n | Where-Object { $_ -lt 10 -or $_ -ge 20 }).Count
$n[0].GetType().Name
(Get-Random -Minimum -1.0 -Maximum 1.0 -Count 100 | Where-Object { $_ -lt -1 -or $_ -ge 1 }).Count
(Get-Random).GetType().Name
(Get-Random -Maximum 5000000000L).GetType().Name
(1..20 | Get-Random -Count 20 | Sort-Object) -join ','
(1..20 | Get-Random -Count 50).Count
(1..6 | Get-Random -Shuffle | Sort-Object) -join ','
$s = Get-SecureRandom -Minimum 3 -Maximum 4 -Count 5
$s -join ','
(Get-SecureRandom -InputObject 'x') + (Get-SecureRandom -InputObject 'y' -Count 3)
(1..4 | Get-SecureRandom -Shuffle).Count
(Get-Random -InputObject @("a", "", "b") -Count 3 | Sort-Object) -join "|"
(Get-Command Get-SecureRandom).Parameters.ContainsKey('SetSeed')
try { Get-Random -Minimum 5 -Maximum 5 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.CategoryInfo.Category }
try { Get-Random -Minimum 2.5 -Maximum 1 } catch { $_.Exception.Message }
try { Get-SecureRandom -Minimum 10 -Maximum 1 } catch { $_.FullyQualifiedErrorId }
try { Get-Random -Count 0 } catch { $_.FullyQualifiedErrorId }
try { 1, 2 | Get-Random -Shuffle -Count 1 } catch { $_.FullyQualifiedErrorId }
