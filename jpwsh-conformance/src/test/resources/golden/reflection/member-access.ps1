# Member access details: SyncRoot, @(,$array) through Write-Output, [exception] from text, throw [ArgumentException] 'x', [array] statics, DateTime ticks
$array = 1, 2, 3
[object]::ReferenceEquals($array.SyncRoot, $array)
$table = @{ a = 1 }
[object]::ReferenceEquals($table.SyncRoot, $table)
(Write-Output @(, $array) | Measure-Object).Count
(Write-Output -NoEnumerate $array | Measure-Object).Count
$e = [exception]'plain text'
$e.GetType().FullName
$e.Message
try { throw [ArgumentException] 'bad argument' } catch { $_.Exception.GetType().FullName; $_.Exception.Message }
try { throw [System.InvalidOperationException]'bad state' } catch [System.InvalidOperationException] { 'caught: ' + $_.Exception.Message }
[array]::IndexOf($array, 2)
[array]::IndexOf($array, 9)
[array]::LastIndexOf(@(1, 2, 1), 1)
$letters = 'c', 'a', 'b'
[array]::Sort($letters)
$letters -join ','
[array]::Reverse($letters)
$letters -join ','
[array]::Exists($array, [Predicate[object]] { param($x) $x -gt 2 })
[array]::Find($array, [Predicate[object]] { param($x) $x -gt 1 })
([array]::FindAll($array, [Predicate[object]] { param($x) $x -ne 2 })) -join ','
$copy = [object[]]::new(3)
[array]::Copy($array, $copy, 2)
$copy -join ','
$date = [datetime]::new(2020, 1, 2)
$date.Ticks
$date.AddTicks(15000000).ToString('HH:mm:ss.fff')
[datetime]::new(637135200000000000).Year
[object]::Equals($null, $null)
$hash = @{ Name = 'from a variable' }
$custom = [pscustomobject]$hash
$custom.GetType().FullName
$custom.Name
