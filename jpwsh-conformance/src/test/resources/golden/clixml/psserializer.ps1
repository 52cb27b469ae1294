# [PSSerializer]::Serialize writes depth 1 unless told (so a custom object's nested custom object still comes whole, a hashtable's items too), Deserialize gives null, the object or an array, DeserializeAsList always an array; ConvertFrom-CliXml enumerates nothing
class Node { [string] $Name; [object] $Child }
$n = [Node]@{ Name = 'root'; Child = [Node]@{ Name = 'leaf' } }
[System.Management.Automation.PSSerializer]::Serialize($n)
[System.Management.Automation.PSSerializer]::Serialize($n, 2)
[System.Management.Automation.PSSerializer]::Serialize(@{ k = [pscustomobject]@{ v = [pscustomobject]@{ w = 1 } } })
$empty = '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04" />'
$two = 1, 'b' | ConvertTo-CliXml
"empty: $($null -eq [System.Management.Automation.PSSerializer]::Deserialize($empty)) $([System.Management.Automation.PSSerializer]::DeserializeAsList($empty).Count)"
$one = [System.Management.Automation.PSSerializer]::Deserialize((ConvertTo-CliXml -InputObject 5))
"one: $one $($one.GetType().Name)"
$both = [System.Management.Automation.PSSerializer]::Deserialize($two)
"two: $($both -join ',') $($both.GetType().Name)"
$list = [System.Management.Automation.PSSerializer]::DeserializeAsList($two)
"list: $($list.Count) $($list.GetType().Name)"
$fromCmd = @(ConvertFrom-CliXml -InputObject $two)
"cmdlet: $($fromCmd.Count) $($fromCmd[0].GetType().Name)"
$lst = ConvertTo-CliXml -InputObject @(1, 2, 3)
"list object: $(@(ConvertFrom-CliXml $lst).Count) $((ConvertFrom-CliXml $lst).GetType().Name)"
