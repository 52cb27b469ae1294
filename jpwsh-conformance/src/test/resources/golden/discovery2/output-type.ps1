# CommandInfo.OutputType lists the types a command declares: the [OutputType()] pwsh gives its built-in cmdlets (none for Where-Object) and a function's, each a PSTypeName with Name and Type
foreach ($name in 'Get-Date', 'Get-Random', 'New-Guid', 'New-TimeSpan', 'Measure-Command', 'Get-Member', 'Join-String', 'Get-Verb', 'Get-Uptime',
        'Select-String', 'Group-Object', 'Measure-Object', 'Test-Path', 'Get-Variable', 'Get-Alias', 'Get-Location',
        'Out-String', 'ConvertTo-Json', 'Get-Culture', 'Get-Error', 'Get-Job', 'Get-Command', 'Where-Object') {
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
