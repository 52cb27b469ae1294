$names = 'a', 'b'
Invoke-Command -ScriptBlock { $using:names.ToUpper() }
