# Positional arguments bind to the declared positional parameters first and then to the dynamic ones in the order of their Position, as pwsh's binder binds static parameters before running dynamicparam; a parameter without a Position is named only once another parameter names one; $PSBoundParameters lists parameters in the order they were bound (static named, static positional, dynamic named, dynamic positional)
function New-Dyn([string]$name, [int]$position) {
    $attr = [System.Management.Automation.ParameterAttribute]::new()
    if ($position -ge 0) { $attr.Position = $position }
    $col = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
    $col.Add($attr)
    [System.Management.Automation.RuntimeDefinedParameter]::new($name, [string], $col)
}
function Test-Order {
    [CmdletBinding()]
    param([Parameter(Position = 1)] $Static, [Parameter()] $Named)
    dynamicparam {
        $dict = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dict.Add('Zeta', (New-Dyn Zeta 0))
        $dict.Add('Alpha', (New-Dyn Alpha 2))
        $dict.Add('Mid', (New-Dyn Mid 5))
        $dict
    }
    end { ($PSBoundParameters.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ' ' }
}
Test-Order a b c
Test-Order a b c d
Test-Order -Named n a b
Test-Order -Mid m -Named n a b
Test-Order -Alpha x a b
function T1 { [CmdletBinding()] param([Parameter(Position = 1)] $Static, [Parameter()] $Named) "Static=$Static Named=$Named" }
try { T1 a b } catch { $_.FullyQualifiedErrorId }
Test-Order -Static s a b
