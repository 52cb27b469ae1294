# PowerShell.Invoke<T>() ($ps.Invoke[T]() since PowerShell 7.3) converts every output item to T;
# Invoke(input, output) appends the output to a list the caller owns and returns nothing.
$ps = [powershell]::Create().AddScript('1; "2"; 3.7')

$strings = $ps.Invoke[string]()
$strings | ForEach-Object { '{0} {1}' -f $_.GetType().Name, $_ }

$ints = $ps.Invoke[int]()
$ints | ForEach-Object { '{0} {1}' -f $_.GetType().Name, $_ }

$doubler = [powershell]::Create().AddScript('process { $_ * 2 }')
$list = [System.Collections.Generic.List[object]]::new()
$list.Add('already there')
$returned = $doubler.Invoke(@(1, 2, 3), $list)
"returned nothing: $($null -eq $returned)"
$list -join ', '

# Output that came before a terminating error stays in the caller's list.
$failing = [powershell]::Create().AddScript('"before"; throw "boom"; "after"')
$partial = [System.Collections.Generic.List[object]]::new()
try {
    $failing.Invoke($null, $partial)
} catch {
    "caught: $($_.Exception.InnerException.Message)"
}
$partial -join ', '

# A value that cannot convert fails the whole call.
try {
    [powershell]::Create().AddScript('"not a number"').Invoke[int]()
} catch {
    $_.Exception.GetType().FullName
}

$ps.Dispose(); $doubler.Dispose(); $failing.Dispose()
