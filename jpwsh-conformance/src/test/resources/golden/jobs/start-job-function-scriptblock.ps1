# A function declared with its parameters in parentheses gives its script block as pwsh writes it (param(...), a line break, the body without braces), so that Start-Job, Invoke-Command and [scriptblock]::Create run the function rather than define it again
function Join-Pair([int]$a = 2, $b) { "pair $a $b" }
"[" + ${function:Join-Pair}.ToString() + "]"
(Get-Command Join-Pair).Definition -eq ${function:Join-Pair}.ToString()
& ([scriptblock]::Create(${function:Join-Pair}.ToString())) 5 six
Start-Job -ScriptBlock ${function:Join-Pair} -ArgumentList 3, four | Receive-Job -Wait -AutoRemoveJob
Invoke-Command -ScriptBlock ${function:Join-Pair} -ArgumentList 7
function Plain { param($x) "plain $x" }
"[" + ${function:Plain}.ToString() + "]"
