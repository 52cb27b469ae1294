# Remove-Variable and Clear-Variable take -Name by property name from the pipeline, as Get-Variable's PSVariables give it; an empty pipeline removes nothing and asks for nothing
$data = 5
$other = 6
$a1 = 1
$a2 = 2
Get-Variable -Name data -Scope Local -ErrorAction Ignore | Remove-Variable
'data gone: {0}' -f ($null -eq (Get-Variable data -ErrorAction Ignore))
Get-Variable -Name nothere -ErrorAction Ignore | Remove-Variable
'empty pipeline: fine'
Get-Variable other | Clear-Variable
'other cleared: {0}, still defined: {1}' -f ($null -eq $other), ($null -ne (Get-Variable other -ErrorAction Ignore))
Get-Variable a? | Remove-Variable
'a1 and a2 gone: {0}' -f (@(Get-Variable a? -ErrorAction Ignore).Count -eq 0)
[pscustomobject]@{ Name = 'other' } | Remove-Variable
'removed by a Name property: {0}' -f ($null -eq (Get-Variable other -ErrorAction Ignore))
