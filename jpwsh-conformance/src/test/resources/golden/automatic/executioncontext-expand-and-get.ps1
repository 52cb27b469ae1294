# $ExecutionContext works on the scope that uses it: ExpandString sees local variables, PSVariable.Get finds them.
function Show-Greeting {
    $who = 'local'
    $ExecutionContext.InvokeCommand.ExpandString('hello $who, 1+1=$(1+1)')
    $ExecutionContext.SessionState.PSVariable.Get('who').Value
    $ExecutionContext.SessionState.PSVariable.GetValue('missing', 'fallback')
}
$who = 'global'
Show-Greeting
$ExecutionContext.InvokeCommand.ExpandString('hello $who')
