# $MyInvocation: the call's line, position, position message, pipeline place, input and names, in functions and script blocks
function Show-Invocation {
    param($Value)
    process {
        $m = $MyInvocation
        "name=$($m.InvocationName) command=$($m.MyCommand.Name) type=$($m.MyCommand.CommandType)"
        "line=[$($m.Line)] number=$($m.ScriptLineNumber) offset=$($m.OffsetInLine)"
        "pipeline=$($m.PipelinePosition)/$($m.PipelineLength) input=$($m.ExpectingInput) origin=$($m.CommandOrigin)"
        "bound=$($m.BoundParameters.Keys -join ',') unbound=$($m.UnboundArguments.Count)"
        "script=$(Split-Path -Leaf $m.ScriptName) root=$($m.PSScriptRoot -eq $PSScriptRoot)"
        $m.PositionMessage -replace '^At .*[/\\]', 'At '
    }
}
Show-Invocation -Value 1
Show-Invocation 1 extra | Select-Object -First 3
'a' | Show-Invocation | Select-Object -Skip 2 -First 1
$line = & { $MyInvocation.Line }
$line
$line = . { $MyInvocation.Line }
$line
(& { $MyInvocation.MyCommand.CommandType })
# the error record's invocation info
function Fail-Here { throw 'failed' }
try { Fail-Here } catch {
    $_.InvocationInfo.ScriptLineNumber
    $_.InvocationInfo.OffsetInLine
    $_.InvocationInfo.Line
    $_.InvocationInfo.PositionMessage -replace '^At .*[/\\]', 'At '
}
