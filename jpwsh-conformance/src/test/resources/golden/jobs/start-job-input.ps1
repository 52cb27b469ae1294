# Start-Job: piped input as $input, $using: values read when the job starts, the initialization script, and objects coming back deserialized
#! timeout: 40
$factor = 5
$name = 'world'
$job = 1..3 | Start-Job -InitializationScript { function Get-Greeting { param($n) "hello $n" } } {
    $input | ForEach-Object { $_ * $using:factor }
    Get-Greeting $using:name
}
$factor = 100
$job | Receive-Job -Wait -AutoRemoveJob
$o, $d, $h, $s, $sum = Start-Job {
    [pscustomobject]@{ A = 1; B = 'two' }
    Get-Item /
    @{ k = 'v' }
    { 1 + 1 }
    (1..20000 | Measure-Object -Sum).Sum
} | Receive-Job -Wait -AutoRemoveJob
$o.pstypenames[0]
$o.A
$o.B
$o.PSComputerName
$d.pstypenames[0]
$d.Name
$h.GetType().FullName
$h.k
$s.GetType().FullName
"[$s]"
$sum
(Start-Job { 1..20000 } | Receive-Job -Wait -AutoRemoveJob).Count
