# [powershell]'s other InvokeAsync overloads (input; input, output; input, settings, callback, state; input, output, settings, callback, state) run as BeginInvoke/EndInvoke do, the task's result the output or null when an output collection was given; StopAsync(callback, state) stops a running invocation and completes once it has ended, whose task then faults with PipelineStoppedException; a script block delegate's Method.GetParameters() lists the compiled lambda's Closure and then the delegate's parameter types, unnamed
$ps = [powershell]::Create().AddScript('$input | ForEach-Object { $_ * 2 }')
$in = [System.Management.Automation.PSDataCollection[int]]::new()
[void]$in.Add(1); [void]$in.Add(2); $in.Complete()
$t = $ps.InvokeAsync($in)
$t.Result -join ','
$t.GetType().Name
$in2 = [System.Management.Automation.PSDataCollection[int]]::new(); [void]$in2.Add(5); $in2.Complete()
$out = [System.Management.Automation.PSDataCollection[psobject]]::new()
$t2 = $ps.InvokeAsync($in2, $out)
$null -eq $t2.Result
$out -join ','
$in3 = [System.Management.Automation.PSDataCollection[int]]::new(); [void]$in3.Add(7); $in3.Complete()
$settings = [System.Management.Automation.PSInvocationSettings]::new()
$t3 = $ps.InvokeAsync($in3, $settings, $null, 'state')
$t3.Result -join ','
$out4 = [System.Management.Automation.PSDataCollection[psobject]]::new()
$in4 = [System.Management.Automation.PSDataCollection[int]]::new(); [void]$in4.Add(9); $in4.Complete()
$t4 = $ps.InvokeAsync($in4, $out4, $settings, $null, $null)
$null = $t4.Wait()
$out4 -join ','
$ps.Dispose()
$slow = [powershell]::Create().AddScript('Start-Sleep 30')
$running = $slow.InvokeAsync()
while ($slow.InvocationStateInfo.State -ne 'Running') { Start-Sleep -Milliseconds 20 }
$stop = $slow.StopAsync($null, $null)
$null = $stop.Wait(10000)
$stop.IsCompleted
$slow.InvocationStateInfo.State
try { $null = $running.Wait() } catch { $_.Exception.InnerException.InnerException.GetType().Name }
$slow.Dispose()
'-- delegate method parameters'
$f = [Func[int, string, bool]] { param($n, $s) $true }
$f.Method.GetParameters() | ForEach-Object { "$($_.Position) $($_.ParameterType) [$($_.Name)]" }
$a = [Action] { }
$a.Method.GetParameters().Count
