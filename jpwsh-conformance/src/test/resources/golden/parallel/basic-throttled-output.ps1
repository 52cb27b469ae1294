# ForEach-Object -Parallel runs each input with $_ and $PSItem set, in runspaces named PSTask:<n> that see nothing of the caller.
$hidden = 'caller'
function Get-Caller { 'caller function' }
$results = 1..6 | ForEach-Object -Parallel { "$($_ * 10) $PSItem [$hidden]" } -ThrottleLimit 2
$results | Sort-Object { [int]($_ -split ' ')[0] }
1..3 | ForEach-Object -Parallel { [runspace]::DefaultRunspace.Name -like 'PSTask:*' } -ThrottleLimit 1
1 | ForEach-Object -Parallel { try { Get-Caller } catch { 'no Get-Caller' } }
1..3 | ForEach-Object -Parallel { $leftover; $leftover = 'set' } -ThrottleLimit 1
(1..4 | ForEach-Object -Parallel { $_ } -UseNewRunspace | Sort-Object) -join ','
