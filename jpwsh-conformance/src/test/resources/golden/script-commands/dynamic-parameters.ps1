# dynamicparam blocks: a RuntimeDefinedParameterDictionary declares parameters that bind by name (prefixes and aliases too), convert to their type, obey their validation attributes and mandatory flag, and appear in $PSBoundParameters; the block sees the declared parameters already bound.
function Get-Flavour {
    [CmdletBinding()]
    param([string] $Kind)
    dynamicparam {
        $parameters = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        if ($Kind -eq 'ice') {
            $attributes = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
            $declaration = [System.Management.Automation.ParameterAttribute]::new()
            $declaration.Mandatory = $true
            $attributes.Add($declaration)
            $attributes.Add([System.Management.Automation.ValidateSetAttribute]::new('vanilla', 'mint'))
            $attributes.Add([System.Management.Automation.AliasAttribute]::new('Taste'))
            $parameters.Add('Flavour', [System.Management.Automation.RuntimeDefinedParameter]::new('Flavour', [string], $attributes))
        }
        $scoops = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $scoops.Add([Parameter]::new())
        $scoops.Add([ValidateRange]::new(1, 3))
        $parameters.Add('Scoops', [System.Management.Automation.RuntimeDefinedParameter]::new('Scoops', [int], $scoops))
        $flag = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $flag.Add([Parameter]::new())
        $parameters.Add('Cone', [System.Management.Automation.RuntimeDefinedParameter]::new('Cone', [switch], $flag))
        $parameters
    }
    end {
        $bound = foreach ($key in $PSBoundParameters.Keys) { "$key=$($PSBoundParameters[$key])" }
        $bound -join ' '
        if ($PSBoundParameters.ContainsKey('Scoops')) { $PSBoundParameters['Scoops'].GetType().Name }
        "variable: $($null -eq $Flavour)"
    }
}
Get-Flavour -Kind ice -Flavour mint
Get-Flavour -Kind ice -Taste vanilla -Scoops '2' -Cone
Get-Flavour -Kind cup -Sc 3
try { Get-Flavour -Kind ice } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { Get-Flavour -Kind ice -Flavour lemon } catch { $_.FullyQualifiedErrorId }
try { Get-Flavour -Kind cup -Scoops 9 } catch { $_.FullyQualifiedErrorId }
try { Get-Flavour -Kind cup -Flavour mint } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
function Get-Depth {
    [CmdletBinding()]
    param($Path)
    dynamicparam {
        if ($PSBoundParameters['Path'] -eq 'deep') {
            $attributes = [System.Collections.ObjectModel.Collection``1[System.Attribute]]::new()
            $attributes.Add([System.Management.Automation.ParameterAttribute]::new())
            $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
            $dictionary.Add('Level', [System.Management.Automation.RuntimeDefinedParameter]::new('Level', [int], $attributes))
            return $dictionary
        }
        return $null
    }
    begin {
        if ($null -eq $dictionary) { 'no dynamic parameters' }
        elseif ($dictionary.Level.IsSet) { "level $($dictionary.Level.Value)" }
        else { 'level not given' }
    }
}
Get-Depth -Path deep -Level 3
Get-Depth -Path deep
Get-Depth -Path flat
try { Get-Depth -Path flat -Level 3 } catch { $_.FullyQualifiedErrorId }
