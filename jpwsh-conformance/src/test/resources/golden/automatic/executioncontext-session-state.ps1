# $ExecutionContext gives scripts access to their session state.
$answer = 42
$ExecutionContext.SessionState.PSVariable.GetValue('answer')
$ExecutionContext.SessionState.PSVariable.Set('made', 'by api')
$made
