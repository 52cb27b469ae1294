# ConvertTo-CliXml: containers keep their type names (TN, then TNRef), a repeated object is a Ref, enums carry their text and number, script class instances their adapted properties one level less deep
enum Color { Red = 1; Blue = 4 }
class Point {
    [int] $X
    [int] $Y
    [object] $Tag
    [string] ToString() { return "($($this.X),$($this.Y))" }
}
$shared = [pscustomobject]@{ Name = 'shared' }
$stack = [System.Collections.Stack]::new(); $stack.Push(1); $stack.Push(2)
$queue = [System.Collections.Queue]::new(); $queue.Enqueue('q')
$p = [Point]@{ X = 1; Y = 2; Tag = [Point]@{ X = 3; Y = 4 } }
$o = [pscustomobject][ordered]@{
    Table = @{ one = 1 }
    Ordered = [ordered]@{ a = $shared; b = $shared }
    List = [System.Collections.ArrayList]@(1, @(2, 3))
    Stack = $stack
    Queue = $queue
    Color = [Color]::Blue
    Day = [System.DayOfWeek]::Sunday
    Point = $p
}
$o | ConvertTo-CliXml
ConvertTo-CliXml -InputObject $p -Depth 1
1, 'two' | ConvertTo-CliXml
