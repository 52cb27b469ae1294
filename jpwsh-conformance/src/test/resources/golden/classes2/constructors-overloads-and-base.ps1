# Constructors (about_Classes_Constructors): overloads chosen by argument count and type, property initial values set before the body runs, : base(...) runs the base constructor first, a class without constructors gets a parameterless one, a class with only parameterized ones has none, and a static constructor runs once before first use
class Shape {
    [string]$Name = 'shape'
    [string[]]$Log = @()
    static [int]$Created
    static Shape() { [Shape]::Created = 100 }
    Shape() { $this.Log += "Shape()" }
    Shape([string]$name) { $this.Log += "Shape($name) saw $($this.Name)"; $this.Name = $name }
    Shape([int]$sides) { $this.Log += "Shape([int]$sides)"; $this.Name = "$sides-gon" }
}
class Square : Shape {
    [int]$Side = 1
    Square() : base('square') { $this.Log += "Square() saw $($this.Name)" }
    Square([int]$side) : base('square') { $this.Side = $side; $this.Log += "Square($side)" }
}
class Plain { [int]$A = 3 }
class OnlyArgs {
    [int]$V
    OnlyArgs([int]$v) { $this.V = $v }
}
[Shape]::Created
[Shape]::new().Log -join ' | '
[Shape]::new('circle').Log -join ' | '
[Shape]::new(5).Name
[Shape]::new('5').Name
$s = [Square]::new()
$s.Log -join ' | '
"$($s.Name) $($s.Side)"
$s = [Square]::new(4)
"$($s.Name) $($s.Side) $($s.Log -join ' | ')"
[Plain]::new().A
[OnlyArgs]::new(9).V
try { [OnlyArgs]::new() } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { [Shape]::new(1, 2) } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
