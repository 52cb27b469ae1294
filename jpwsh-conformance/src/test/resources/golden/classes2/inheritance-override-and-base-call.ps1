# Inheritance (about_Classes_Inheritance): a derived class inherits properties and methods, overrides methods (the base class's code calls the override), calls the base version with ([Base]$this).Method(), adds overloads, and is-a its base for -is, casts and typed parameters
class Animal {
    [string]$Name
    [int]$Legs = 4
    Animal([string]$name) { $this.Name = $name }
    [string] Sound() { return '...' }
    [string] Speak() { return "$($this.Name) says $($this.Sound())" }
    [string] Kind() { return 'animal' }
    static [string] Family() { return 'Animalia' }
}
class Bird : Animal {
    Bird([string]$name) : base($name) { $this.Legs = 2 }
    [string] Sound() { return 'tweet' }
    [string] Kind() { return 'bird, a kind of ' + ([Animal]$this).Kind() }
    [string] Speak([int]$times) { return (@($this.Sound()) * $times) -join ' ' }
}
class Parrot : Bird {
    Parrot() : base('polly') { }
    [string] Sound() { return 'hello' }
    [string] Kind() { return 'parrot, a ' + ([Bird]$this).Kind() }
}
$b = [Bird]::new('robin')
$b.Speak()
$b.Speak(3)
$b.Kind()
$b.Legs
$p = [Parrot]::new()
$p.Speak()
$p.Kind()
([Animal]$p).Speak()
"$($p -is [Animal]) $($p -is [Bird]) $($b -is [Parrot])"
$p.GetType().BaseType.Name
$p.GetType().BaseType.BaseType.Name
[Parrot].BaseType.Name
[Bird]::Family()
function Describe-Animal([Animal]$a) { "$($a.GetType().Name): $($a.Sound())" }
Describe-Animal $p
Describe-Animal $b
[Animal[]]$zoo = [Bird]::new('b1'), [Parrot]::new(), [Animal]::new('cat')
($zoo | ForEach-Object { $_.Sound() }) -join ','
($zoo | Where-Object { $_ -is [Bird] }).Count
