# With SupportsShouldProcess, -WhatIf makes ShouldProcess print what would happen and return false.
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Name)
    if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" } else { "skipped $Name" }
}
Remove-Thing -Name a
Remove-Thing -Name b -WhatIf
