# Get-Command's Parameters run a function's dynamicparam block: its parameters appear with IsDynamic, their position, mandatory flag and aliases
function Get-Dyn {
    [CmdletBinding()]
    param([Parameter(Position = 0)] $First)
    dynamicparam {
        $dict = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $attr = [System.Management.Automation.ParameterAttribute]::new()
        $attr.Position = 1
        $attr.Mandatory = $true
        $col = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $col.Add($attr)
        $col.Add([System.Management.Automation.AliasAttribute]::new('Colour'))
        $dict.Add('Color', [System.Management.Automation.RuntimeDefinedParameter]::new('Color', [string], $col))
        $dict
    }
    end { }
}
$p = (Get-Command Get-Dyn).Parameters
"has Color: $($p.ContainsKey('Color')) has First: $($p.ContainsKey('First'))"
$c = $p['Color']
"$($c.Name) $($c.ParameterType.Name) dynamic=$($c.IsDynamic) First dynamic=$($p['First'].IsDynamic) aliases=$($c.Aliases -join ',')"
$c.ParameterSets.Keys
"position $($c.ParameterSets['__AllParameterSets'].Position) mandatory $($c.ParameterSets['__AllParameterSets'].IsMandatory)"
