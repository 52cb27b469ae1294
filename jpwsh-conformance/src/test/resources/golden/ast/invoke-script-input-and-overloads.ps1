# InvokeCommand.InvokeScript: the input list is the block's $input; the text overload with input, and the SessionState one
$ic = $ExecutionContext.InvokeCommand
$r = $ic.InvokeScript($true, { param($a) "a=$a"; foreach ($i in $input) { "input $i" } }, [System.Collections.ArrayList]@(1, 2), @('x'))
$r
"returned: $($r.GetType().Name) of $($r.Count)"
$ic.InvokeScript($true, { "without input: $(@($input).Count)" }, $null)
$ic.InvokeScript('"args=$args"; $input | ForEach-Object { "item $_" }', $true, 'None', @('p', 'q'), @(7, 8))
$ic.InvokeScript('foreach ($i in $input) { $i * 10 }', $true, [System.Management.Automation.Runspaces.PipelineResultTypes]::None, @(5))
$outside = 'script'
$ic.InvokeScript('$outside = "changed"', $false, 'None', $null)
"not a new scope: $outside"
New-Module -Name StateHolder {
    $secret = 'module secret'
    function Get-HolderState { $ExecutionContext.SessionState }
} | Import-Module
$state = Get-HolderState
$secret = 'caller'
$ic.InvokeScript($state, [scriptblock]::Create('"secret=$secret args=$args"'), @(1, 2))
$ic.InvokeScript($state, [scriptblock]::Create('"no args: $($args.Count) $secret"'))
$ExecutionContext.SessionState.InvokeCommand.InvokeScript('"`$args:($args); `$input:($input)"', 1, 2, 3)
