# [Alias()] on a function defines real aliases to it, [OutputType()] fills its CommandInfo's OutputType, HelpUri is kept, and parameter aliases bind.
function Get-Gadget {
    [CmdletBinding(HelpUri = 'https://example.org/gadget')]
    [Alias('ggad', 'gadget')]
    [OutputType([int], [string])]
    [OutputType('Custom.Gadget')]
    param([Alias('Id', 'GadgetId')] [int] $Number)
    "gadget $Number"
}
ggad -Id 4
gadget -GadgetId 5
$alias = Get-Alias ggad
"$($alias.Name) -> $($alias.Definition) ($($alias.CommandType))"
$command = Get-Command Get-Gadget
$command.OutputType | ForEach-Object { "$($_.Name) resolved=$($null -ne $_.Type)" }
$command.HelpUri
(Get-Command ggad).ResolvedCommandName
