# using module imports a module before the script's own classes are defined, so they can derive from its classes and use its enums; using namespace lets type names omit their namespace, in classes too
using module ./_Shapes.psm1
using namespace System.Text
using namespace System.Collections.Generic
class Circle : Shape {
    [double]$R
    Circle([double]$r) : base('circle') { $this.R = $r }
    [double] Area() { return [math]::Round([math]::PI * $this.R * $this.R, 2) }
}
$c = [Circle]::new(2)
"$($c.Name) $($c.Area())"
$c -is [Shape]
[Kind]::Square
$sb = [StringBuilder]::new(); [void]$sb.Append('x'); $sb.ToString()
$l = [List[int]]::new(); $l.Add(3); $l.Count
Get-ShapeCount
class Bag { [List[string]]$Items = [List[string]]::new() }
$b = [Bag]::new(); $b.Items.Add('a'); $b.Items.Count
