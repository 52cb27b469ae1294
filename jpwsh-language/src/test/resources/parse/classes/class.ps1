class Animal {
    [string] $Name
    [int] $Legs = 4
    static [int] $Count = 0
    hidden [string] $Secret

    Animal([string] $name) {
        $this.Name = $name
    }

    [string] Speak() {
        return "..."
    }

    static [Animal] Create([string] $n) {
        return [Animal]::new($n)
    }
}
class Dog : Animal {
    Dog([string] $name) : base($name) { }
    [string] Speak() { return 'Woof' }
}
class Job : System.IDisposable, System.IComparable {
    [System.Collections.Generic.Dictionary[string, object]] $Jobs
    [void] Dispose() { }
}
