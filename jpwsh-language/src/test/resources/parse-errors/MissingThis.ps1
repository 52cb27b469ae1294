class Counter {
    [int]$Value
    [void] Reset() {
        $Value = 0
    }
}
