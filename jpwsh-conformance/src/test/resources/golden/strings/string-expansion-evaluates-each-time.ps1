# A double-quoted string is expanded when evaluated, so a loop sees each new value.
foreach ($i in 1..3) { "item $i of 3" }
$template = 'item $i'
$template
$ExecutionContext.InvokeCommand.ExpandString($template)
