# CommandInfo.OutputType lists the types a command declares: a built-in cmdlet's [OutputType()] and a function's, each a PSTypeName with Name and Type
foreach ($name in 'Get-Date', 'Get-Random', 'New-Guid', 'New-TimeSpan', 'Measure-Command', 'Get-Member', 'Join-String', 'Get-Verb', 'Get-Uptime') {
    "${name}: $((Get-Command $name).OutputType.Name -join ', ')"
}
function Get-Typed {
    [OutputType([int], 'System.String')]
    [CmdletBinding()]
    param()
}
$types = (Get-Command Get-Typed).OutputType
$types[0].GetType().FullName
foreach ($t in $types) { "$($t.Name) -> $($t.Type.FullName)" }
function Get-Untyped { }
(Get-Command Get-Untyped).OutputType.Count
