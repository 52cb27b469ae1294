# Get-PSCallStack lists the running calls innermost first, each where it runs now, ending with <ScriptBlock>
function inner($a, $b) { Get-PSCallStack }
function outer { inner -a 1 -b x extra }
$s = outer
$s.Count
$s | ForEach-Object { "$($_.Command)|$($_.FunctionName)|$($_.Location)|$($_.Arguments)|$($_.ScriptLineNumber)" }
$s[0].GetType().FullName
$s[0].InvocationInfo.MyCommand.Name
$s[0].ToString() -replace [regex]::Escape($PSCommandPath), 'FILE'
$s[-1].ToString()
$s[-1].ScriptName -eq $null
$top = Get-PSCallStack
$top.Count
$top[0].FunctionName + ' ' + $top[0].Location
(gcs)[0].Command
