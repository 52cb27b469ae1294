# Start-Job: piped input as $input, $using: values read when the job starts, the initialization script, and objects coming back deserialized
$factor = 5
$job = 1..3 | Start-Job { $input | ForEach-Object { $_ * $using:factor } }
$factor = 100
$job | Receive-Job -Wait -AutoRemoveJob
$name = 'world'
Start-Job -InitializationScript { function Get-Greeting { param($n) "hello $n" } } { Get-Greeting $using:name } |
    Receive-Job -Wait -AutoRemoveJob
$o = Start-Job { [pscustomobject]@{ A = 1; B = 'two' } } | Receive-Job -Wait -AutoRemoveJob
$o.pstypenames[0]
$o.A
$o.B
$o.PSComputerName
$d = Start-Job { Get-Item / } | Receive-Job -Wait -AutoRemoveJob
$d.pstypenames[0]
$d.Name
$h = Start-Job { @{ k = 'v' } } | Receive-Job -Wait -AutoRemoveJob
$h.GetType().FullName
$h.k
$s = Start-Job { { 1 + 1 } } | Receive-Job -Wait -AutoRemoveJob
$s.GetType().FullName
"[$s]"
(Start-Job { 1..20000 } | Receive-Job -Wait -AutoRemoveJob | Measure-Object -Sum).Sum
