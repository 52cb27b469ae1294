# -OutVariable stores a command's output in a variable while still passing it on.
function Get-Numbers { [CmdletBinding()] param() 1; 2 }
$null = Get-Numbers -OutVariable ov
$ov -join ','
$ov.Count
