# Get-Command -Syntax and a function's ParameterSets show the parameters its dynamicparam block declares, after the declared ones
function Test-Dyn {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string]$Name)
    dynamicparam {
        $dict = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $attr = [System.Management.Automation.ParameterAttribute]::new()
        $coll = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $coll.Add($attr)
        $dict.Add('Extra', [System.Management.Automation.RuntimeDefinedParameter]::new('Extra', [int], $coll))
        $dict
    }
    end { "$Name $($PSBoundParameters['Extra'])" }
}
Get-Command Test-Dyn -Syntax
$set = (Get-Command Test-Dyn).ParameterSets[0]
"set $($set.Name) has Extra: $($set.Parameters.Name -contains 'Extra') and Name: $($set.Parameters.Name -contains 'Name')"
"Extra's type: $(($set.Parameters | Where-Object Name -eq 'Extra').ParameterType.Name)"
Test-Dyn -Name n -Extra 5
