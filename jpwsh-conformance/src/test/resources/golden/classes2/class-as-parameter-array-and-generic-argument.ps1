# A script class as a function's parameter type (arguments are converted, a wrong one is a ParameterArgumentTransformationError), as a typed array [T[]] and as the argument of generic collections (List[T], Dictionary[string,T]), whose methods then take and return instances
class Node {
    [string]$Id
    [Node[]]$Children = @()
    Node([string]$id) { $this.Id = $id }
    [int] Count() {
        $n = 1
        foreach ($c in $this.Children) { $n += $c.Count() }
        return $n
    }
}
function Get-NodeId {
    param([Parameter(Mandatory)][Node]$Node)
    "id=$($Node.Id)"
}
function Measure-Nodes([Node[]]$Nodes) { "$($Nodes.Count) nodes of type $($Nodes.GetType().Name)" }
$root = [Node]::new('root')
$root.Children = [Node]::new('a'), [Node]::new('b')
$root.Children[0].Children += [Node]::new('a1')
$root.Count()
$root.Children.GetType().Name
Get-NodeId -Node $root
Get-NodeId 'made-from-string'
Measure-Nodes $root.Children
Measure-Nodes 'x', 'y', 'z'
try { Get-NodeId -Node (Get-Date) } catch { $_.FullyQualifiedErrorId }
$list = [System.Collections.Generic.List[Node]]::new()
$list.Add($root)
$list.Add([Node]::new('solo'))
$list.Count
$list[1].Id
($list | ForEach-Object Id) -join ','
$list.Find({ param($n) $n.Id -eq 'solo' }).Id
$map = [System.Collections.Generic.Dictionary[string, Node]]::new()
$map['r'] = $root
$map['r'].Children.Count
[Node[]]$typed = @()
$typed += [Node]::new('t')
$typed.GetType().Name
$typed[0].Id
