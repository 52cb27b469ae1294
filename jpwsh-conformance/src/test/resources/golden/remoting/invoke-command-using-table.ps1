# Invoke-Command's $using: values reach the session (here this process's own pipe) as pwsh sends them, in a table keyed by each using expression: plain, braced, repeated, inside a string, in a nested script block, next to a param block and -ArgumentList, and a variable that is not set
#! timeout: 40
$rs = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($PID))
$rs.Open()
$s = [System.Management.Automation.Runspaces.PSSession]::Create($rs, $null, $null)
$name = 'world'
$n = 20
$list = 1, 2, 3
Invoke-Command -Session $s { "hello $using:name" }
Invoke-Command -Session $s { $Using:n + ${using:n} + $using:N }
Invoke-Command -Session $s { param($a, $b) "$a-$b-$using:n" } -ArgumentList x, y
Invoke-Command -Session $s { $using:list | ForEach-Object { $_ * $using:n } }
Invoke-Command -Session $s { $null -eq $using:notSetHere }
Invoke-Command -Session $s { $using:list.Count }
$rs.Close()
