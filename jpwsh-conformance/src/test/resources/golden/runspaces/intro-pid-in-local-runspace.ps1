# Seed 000 (Runspace Introduction, "$Pipeline.AddScript(`$PID)"): AddScript returns the PowerShell itself, and a local runspace reports the process's $PID
$Runspace2 = [runspacefactory]::CreateRunspace()
$Runspace2.Open()
$Pipeline = [PowerShell]::Create()
$Pipeline.Runspace = $Runspace2
$added = $Pipeline.AddScript("`$PID");
"AddScript returns the same object: $($added -eq $Pipeline)"
"Commands: $($Pipeline.Commands.GetType().FullName)"
"Streams: $($Pipeline.Streams.GetType().FullName)"
"InvocationStateInfo: $($Pipeline.InvocationStateInfo.State)"
"IsNested: $($Pipeline.IsNested), HadErrors: $($Pipeline.HadErrors), IsRunspaceOwner: $($Pipeline.IsRunspaceOwner)"
"RunspacePool is null: $($null -eq $Pipeline.RunspacePool)"
$remotePid = $Pipeline.Invoke();
"same process: $($remotePid[0] -eq $PID)"
$Pipeline.Dispose()
$Runspace2.Dispose()
