# Dynamic parameters with a Position bind positional values after the declared ones; a class object's validation attributes check
function Get-Dyn {
    [CmdletBinding()]
    param([Parameter(Position = 0)] $First)
    dynamicparam {
        $dict = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $attr = [System.Management.Automation.ParameterAttribute]::new()
        $attr.Position = 1
        $col = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $col.Add($attr)
        $col.Add([System.Management.Automation.ValidateSetAttribute]::new([string[]]('red', 'blue')))
        $dict.Add('Color', [System.Management.Automation.RuntimeDefinedParameter]::new('Color', [string], $col))
        $dict
    }
    end { "First=$First Color=$($PSBoundParameters['Color']) keys=$(($PSBoundParameters.Keys | Sort-Object) -join ',')" }
}
Get-Dyn one red
Get-Dyn -Color blue two
try { Get-Dyn one green } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { Get-Dyn one red extra } catch { $_.FullyQualifiedErrorId }

class DynParams {
    [Parameter(Position = 1)] [ValidateRange(1, 10)] [int] $Size
    [Parameter()] [ValidateSet('a', 'b')] [string] $Mode
}
function Get-ClassDyn {
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Name)
    dynamicparam { [DynParams]::new() }
    end { "Name=$Name Size=$($PSBoundParameters['Size']) Mode=$($PSBoundParameters['Mode'])" }
}
Get-ClassDyn n 5
Get-ClassDyn n -Mode a
try { Get-ClassDyn n 50 } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { Get-ClassDyn n -Mode z } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
