# [CmdletBinding()] and [Parameter()] options: PositionalBinding=$false, DefaultParameterSetName naming no parameter's set, ValueFromRemainingArguments after the positional parameters, HelpMessage and DontShow accepted, -WhatIf refused without SupportsShouldProcess.
function Get-Named {
    [CmdletBinding(PositionalBinding = $false)]
    param([Parameter(Position = 0)] $First, $Second)
    "first=$First second=$Second"
}
Get-Named 1 -Second 2
try { Get-Named 1 2 } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
function Get-Set {
    [CmdletBinding(DefaultParameterSetName = 'Nothing')]
    param($Value)
    $PSCmdlet.ParameterSetName
}
Get-Set
Get-Set -Value 3
function Get-Rest {
    [CmdletBinding()]
    param([Parameter(ValueFromRemainingArguments)] $Rest, $Head)
    "head=$Head rest=$($Rest -join '|') count=$($Rest.Count)"
}
Get-Rest a b c
Get-Rest -Head x y z
function Get-Helped {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, HelpMessage = 'Give a name')] [string] $Name,
        [Parameter(DontShow)] [switch] $Hidden
    )
    "name=$Name hidden=$Hidden"
}
Get-Helped -Name n -Hidden
try { Get-Helped } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
function Get-Plain { [CmdletBinding()] param() 'ran' }
try { Get-Plain -WhatIf } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { Get-Plain -Confirm } catch { $_.FullyQualifiedErrorId }
function Get-Careful { [CmdletBinding(SupportsShouldProcess)] param() "whatif=$WhatIfPreference confirm=$ConfirmPreference" }
Get-Careful -WhatIf
Get-Careful -Confirm
Get-Careful -Confirm:$false
Get-Careful -cf
$named = (Get-Command Get-Named).Parameters
"positions: $($named['First'].ParameterSets['__AllParameterSets'].Position) $($named['Second'].ParameterSets['__AllParameterSets'].Position)"
