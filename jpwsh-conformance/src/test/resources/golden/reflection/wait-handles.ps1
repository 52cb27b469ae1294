# WaitHandle.WaitAll and WaitAny over reset events; $false converts to a ManualResetEvent through its constructor
$closed = [System.Threading.ManualResetEvent]::new($false)
$open = [System.Threading.ManualResetEvent]::new($true)
[System.Threading.WaitHandle]::WaitAny(@($closed, $open))
[System.Threading.WaitHandle]::WaitAll(@($closed, $open), 20)
[System.Threading.WaitHandle]::WaitAny(@($closed), 20) -eq [System.Threading.WaitHandle]::WaitTimeout
[void]$closed.Set()
[System.Threading.WaitHandle]::WaitAll(@($closed, $open), 1000)
$auto = [System.Threading.AutoResetEvent]::new($true)
[System.Threading.WaitHandle]::WaitAny(@($auto), 0)
[System.Threading.WaitHandle]::WaitAny(@($auto), 0)
$converted = [System.Threading.ManualResetEvent]$false
$converted.GetType().Name
$converted.WaitOne(0)
$converted -is [System.Threading.WaitHandle]
class Gate {
    [bool] Pass([System.Threading.ManualResetEvent] $signal) { return $signal.WaitOne(0) }
}
[Gate]::new().Pass($true)
[Gate]::new().Pass($false)
