# Seed 000 (Runspace Introduction, "Exécuter du code dans le Runspace"): a PowerShell bound to an opened runspace returns the script's output
$runspace = [runspacefactory]::CreateRunspace()
$runspace.Open()
$pipeline = [powershell]::Create().AddScript({
    "Hello, Runspace!"
})

$pipeline.Runspace = $runspace
$result = $pipeline.Invoke()
$result
"$($result.Count) object of type $($result.GetType().Name)"
"invocation: $($pipeline.InvocationStateInfo.State), owner of the runspace: $($pipeline.IsRunspaceOwner)"

$pipeline.Dispose()
"runspace after disposing the pipeline: $($runspace.RunspaceStateInfo.State)"
$runspace.Close()
"after Close(): $($runspace.RunspaceStateInfo.State)"

## Libérer les ressources
$runspace.Dispose()
"after Dispose(): $($runspace.RunspaceStateInfo.State)"
