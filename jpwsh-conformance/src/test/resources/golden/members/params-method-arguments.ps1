# A .NET params method takes loose trailing arguments as well as one array (String.Format with five, with a culture and four, InvokeScript(text, useNewScope, types, input, args...), Path.Combine of five); the expanded form wins over an overload that needs a worse conversion
[string]::Format('{0}{1}{2}{3}{4}', 1, 2, 3, 4, 5)
[string]::Format('{0}-{1}-{2}-{3}', 'a', 'b', 'c', 'd')
[string]::Format('{0}|{1}', [object[]]@('x', 'y'))
[string]::Format([cultureinfo]::InvariantCulture, '{0:N1} {1} {2} {3}', 1234.5, 2, 3, 4)
$ExecutionContext.InvokeCommand.InvokeScript('$args -join "+"', $true, 'Output', $null, 1, 2)
$ExecutionContext.InvokeCommand.InvokeScript('$args.Count', $true, 'Output', $null, 1, 2, 3, 4)
$ExecutionContext.InvokeCommand.InvokeScript('$args -join ","', 'a', 'b')
[System.IO.Path]::Combine('a', 'b', 'c', 'd', 'e')
