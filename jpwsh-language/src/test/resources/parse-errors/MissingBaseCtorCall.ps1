class Animal {
    Animal([string]$name) { }
}
class Dog : Animal {
    Dog([string]$name) : super($name) { }
}
