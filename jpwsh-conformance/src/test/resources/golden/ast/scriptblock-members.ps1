# A script block's StartPosition, Attributes, File, IsFilter and IsConfiguration
$sb = {
    [CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Main', ConfirmImpact = 'High')]
    [OutputType([int], 'Custom.Name')]
    param($a)
    "hi"
}
$p = $sb.StartPosition
"start: $($p.Type) line $($p.StartLine) column $($p.StartColumn) to line $($p.EndLine) column $($p.EndColumn)"
"content is the block: $($p.Content -eq "{$($sb.ToString())}") length $($p.Length -eq $p.Content.Length)"
"file is this script: $($sb.File -eq $PSCommandPath) filter: $($sb.IsFilter) configuration: $($sb.IsConfiguration)"
"attributes: $($sb.Attributes.Count)"
$sb.Attributes | ForEach-Object { $_.GetType().FullName }
$binding = $sb.Attributes[0]
"CmdletBinding: $($binding.DefaultParameterSetName) $($binding.SupportsShouldProcess) $($binding.ConfirmImpact) $($binding.PositionalBinding) $($binding.SupportsPaging)"
"OutputType: $($sb.Attributes[1].Type.Name -join ', ')"
"plain block attributes: $({ param($x) $x }.Attributes.Count)"
filter Get-Odd { if ($_ % 2) { $_ } }
function Get-Even { [Alias('gev')] param() }
"filter: $(${function:Get-Odd}.IsFilter) function: $(${function:Get-Even}.IsFilter)"
"alias attribute: $(${function:Get-Even}.Attributes.AliasNames)"
"made from text: file null $($null -eq [scriptblock]::Create('1').File)"
