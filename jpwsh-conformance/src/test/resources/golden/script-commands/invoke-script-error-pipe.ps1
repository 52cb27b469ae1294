# InvokeScript sends the script's errors past the callers' redirections to the invocation's own error output (a [powershell]'s Streams.Error) unless PipelineResultTypes names Error, which keeps them in the current error pipe, as pwsh's errorHandlingBehavior (string, script block and text-with-flags overloads); each is still recorded in $Error
$ps = [powershell]::Create()
$null = $ps.AddScript({
    function f {
        [CmdletBinding()]
        param($flags)
        $null = $PSCmdlet.InvokeCommand.InvokeScript('Write-Error "from the script"; "out"', $false, $flags, $null)
    }
    $r = f 'Error' 2>&1
    "Error flag: $($r.Count) captured: $($r | ForEach-Object { $_.GetType().Name + ' ' + $_ })"
    $r = f 'None' 2>&1
    "None: $(@($r).Count) captured"
    $r = & { $ExecutionContext.InvokeCommand.InvokeScript('Write-Error "plain text overload"') } 2>&1
    "string overload: $(@($r).Count) captured"
    $r = & { $null = $ExecutionContext.InvokeCommand.InvokeScript($false, { Write-Error 'block overload' }, $null) } 2>&1
    "block overload: $(@($r).Count) captured"
    $r = & { $null = $ExecutionContext.InvokeCommand.InvokeScript('Write-Error "text with Error"', $true, 'Error', $null) } 2>&1
    "text with Error: $(@($r).Count) captured $r"
    & { $null = $ExecutionContext.InvokeCommand.InvokeScript('Write-Error "past 2>null"') } 2>$null
    "errors recorded: $($Error.Count)"
})
$ps.Invoke()
'-- the instance''s Error stream'
$ps.Streams.Error | ForEach-Object { "$_" }
