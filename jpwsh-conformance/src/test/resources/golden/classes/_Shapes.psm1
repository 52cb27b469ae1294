# Helper module for using-module.ps1: a class, an enum and a function
class Shape { [string]$Name; Shape([string]$n) { $this.Name = $n }; [double] Area() { return 0 } }
enum Kind { Round; Square }
function Get-ShapeCount { 2 }
