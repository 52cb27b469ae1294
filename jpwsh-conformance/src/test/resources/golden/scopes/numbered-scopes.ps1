# Set-Variable and Get-Variable reach parent scopes by number.
function Set-Parent { Set-Variable -Name v -Value 'changed' -Scope 1 }
function Invoke-Caller { $v = 'original'; Set-Parent; $v }
Invoke-Caller
function Get-Parent { Get-Variable -Name w -Scope 1 -ValueOnly }
function Invoke-Other { $w = 'from caller'; Get-Parent }
Invoke-Other
