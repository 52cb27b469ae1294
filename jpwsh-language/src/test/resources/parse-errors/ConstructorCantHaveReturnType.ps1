class Person {
    [string]$Name
    [void] Person([string]$name) {
        $this.Name = $name
    }
}
