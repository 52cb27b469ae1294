# $PSCmdlet.InvokeCommand.InvokeScript asked for Output streams it to the command's own output as it comes (nothing comes back), $ExecutionContext's returns it; a stream InvokeScript cannot write is pwsh's PSNotImplementedException; the SessionState overload runs the block itself (a created block in that state, a literal in its own); GetCommandName lists names
function Test-Stream {
    [CmdletBinding()]
    param()
    $result = $PSCmdlet.InvokeCommand.InvokeScript('"first"; "second"', $false, 'Output', $null)
    "returned $($result.Count)"
    $kept = $PSCmdlet.InvokeCommand.InvokeScript('"kept"', $false, 'None', $null)
    "kept $($kept.Count): $kept"
}
Test-Stream
function Test-Order {
    [CmdletBinding()]
    param()
    $null = $PSCmdlet.InvokeCommand.InvokeScript('"a"; "b"', $true, 'Output', $null)
    'after'
}
Test-Order | ForEach-Object { "got $_" }
$r = $ExecutionContext.InvokeCommand.InvokeScript('"x"; "y"', $false, 'Output, Error', $null)
"context returned $($r.Count)"
try { $ExecutionContext.InvokeCommand.InvokeScript('"z"', $false, 'Verbose', $null) } catch {
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.InnerException.Message -match '^Cannot perform operation because operation "NewNotImplementedException at offset \d+ in file:line:column <filename unknown>:0:0'
}
$m = New-Module -Name StateHolder { $x = 'module' }
$x = 'caller'
$ExecutionContext.InvokeCommand.InvokeScript($m.SessionState, [scriptblock]::Create('$x'))
$ExecutionContext.InvokeCommand.InvokeScript($m.SessionState, { $x })
$ExecutionContext.InvokeCommand.InvokeScript($m.SessionState, [scriptblock]::Create('"$args"'), 1, 2)
$null = $ExecutionContext.InvokeCommand.InvokeScript($m.SessionState, [scriptblock]::Create('$y = 5'))
& $m { $y }
function Get-Zzunique1 {}
function Get-Zzunique2 {}
$ExecutionContext.InvokeCommand.GetCommandName('Get-Zzunique*', $true, $false) | Sort-Object
$ExecutionContext.InvokeCommand.GetCommandName('get-zzunique1', $false, $true)
$ExecutionContext.InvokeCommand.GetCommandName('Get-ChildItem', $false, $false)
@($ExecutionContext.InvokeCommand.GetCommandName('ls', $false, $false)).Count
