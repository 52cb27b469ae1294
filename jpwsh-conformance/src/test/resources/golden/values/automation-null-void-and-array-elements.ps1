# [void] gives AutomationNull: piped on it sends nothing; an array literal keeps an element that wrote nothing ([void]x, a void method, an empty pipeline) as AutomationNull, which counts, reads as $null, converts as $null, and is skipped when the array is piped on; [System.Management.Automation.Internal.AutomationNull]::Value is the same value
$list = [System.Collections.ArrayList]::new()
'void piped: ' + (([void]$list.Add(1) | ForEach-Object { 'YES' }) -join ',')
$list.Count
$other = [System.Collections.ArrayList]::new()
$null = $other.Add('kept')
$r = [void]$list.Add(2), $other.Clear(), (& {}), 4
$r.Count
'piped: ' + (($r | ForEach-Object { "item $_" }) -join ',')
($r | Measure-Object).Count
'element piped: ' + (($r[0] | ForEach-Object { 'YES' }) -join ',')
$null -eq $r[1]
$first = $r[0]
$null -eq $first
'joined: [' + ($r -join ',') + ']'
([int[]]$r) -join ','
([string[]]$r).Count
$one = ,[void]0
$one.Count
'single piped: ' + (($one | ForEach-Object { 'YES' }) -join ',')
$list.Count
$other.Count
# the value itself
$value = [System.Management.Automation.Internal.AutomationNull]::Value
$null -eq $value
$value ?? 'default'
@([System.Management.Automation.Internal.AutomationNull]::Value).Count
$boxed = @([object[]][System.Management.Automation.Internal.AutomationNull]::Value)
$boxed.GetType().FullName
$boxed.Length
@([int[]][System.Management.Automation.Internal.AutomationNull]::Value).Length
[System.Management.Automation.Internal.AutomationNull].FullName
