# Get-Command's Parameters run a function's dynamicparam block: its parameters appear with IsDynamic, their position, mandatory flag and aliases
function New-ColorParameter {
    $declared = [System.Management.Automation.ParameterAttribute]::new()
    $declared.Mandatory = $true
    $declared.Position = 1
    $attributes = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
    foreach ($attribute in $declared, [System.Management.Automation.AliasAttribute]::new('Colour')) { [void]$attributes.Add($attribute) }
    [System.Management.Automation.RuntimeDefinedParameter]::new('Color', [string], $attributes)
}
function Get-Dyn {
    [CmdletBinding()]
    param([Parameter(Position = 0)] $First)
    dynamicparam {
        $parameters = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $parameters.Add('Color', (New-ColorParameter))
        $parameters
    }
    end { }
}
$p = (Get-Command Get-Dyn).Parameters
"has Color: $($p.ContainsKey('Color')) has First: $($p.ContainsKey('First'))"
$c = $p['Color']
"$($c.Name) $($c.ParameterType.Name) dynamic=$($c.IsDynamic) First dynamic=$($p['First'].IsDynamic) aliases=$($c.Aliases -join ',')"
$c.ParameterSets.Keys
"position $($c.ParameterSets['__AllParameterSets'].Position) mandatory $($c.ParameterSets['__AllParameterSets'].IsMandatory)"
