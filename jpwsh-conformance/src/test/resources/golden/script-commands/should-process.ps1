# $PSCmdlet.ShouldProcess and ShouldContinue: -WhatIf prints pwsh's "What if:" text, ConfirmImpact against $ConfirmPreference decides, -Confirm:$false and -Verbose, the [ref] reason overload, ShouldContinue's yes-to-all and no-to-all refs.
function Remove-Widget {
    [CmdletBinding(SupportsShouldProcess)]
    param([string] $Name)
    if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" }
    if ($PSCmdlet.ShouldProcess($Name, 'Polish')) { "polished $Name" }
    if ($PSCmdlet.ShouldProcess('Described at length', 'Really?', 'Caption')) { "described $Name" }
}
Remove-Widget -Name a
Remove-Widget -Name b -WhatIf
Remove-Widget c -wi
Remove-Widget d -WhatIf:$false
Remove-Widget e -Verbose
$WhatIfPreference = $true
Remove-Widget f
$WhatIfPreference = $false
function Get-Reason {
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $reason = 'unset'
    $answer = $PSCmdlet.ShouldProcess('desc', 'warn', 'cap', [ref]$reason)
    "answer=$answer reason=$reason type=$($reason.GetType().Name)"
}
Get-Reason
Get-Reason -WhatIf
function Remove-Planet {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    "preference=$ConfirmPreference"
    if ($PSCmdlet.ShouldProcess('Pluto')) { 'removed Pluto' }
}
try { Remove-Planet } catch {
    $_.Exception.GetType().FullName
    $_.Exception.Message
    $_.Exception.InnerException.GetType().FullName
}
Remove-Planet -Confirm:$false
$ConfirmPreference = 'None'
Remove-Planet
$ConfirmPreference = [System.Management.Automation.ConfirmImpact]::High
function Remove-Low {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Low')]
    param()
    if ($PSCmdlet.ShouldProcess('pebble')) { 'removed pebble' }
}
Remove-Low
$ConfirmPreference = 'Medium'
Remove-Low
try { Remove-Low -Confirm } catch { 'Remove-Low -Confirm asks: ' + $_.Exception.InnerException.Message }
function Confirm-Many {
    [CmdletBinding()]
    param([bool] $Yes, [bool] $No)
    $yesToAll = $Yes
    $noToAll = $No
    try { $PSCmdlet.ShouldContinue('Continue?', 'Caption', [ref]$yesToAll, [ref]$noToAll) } catch {
        'ShouldContinue asks: ' + $_.Exception.InnerException.Message
    }
}
Confirm-Many -Yes $true
Confirm-Many -No $true
Confirm-Many -Yes $true -No $true
Confirm-Many
try { & { [CmdletBinding()] param() $PSCmdlet.ShouldContinue('q', 'c') } } catch { $_.Exception.GetType().Name }
