class Registry {
    static [int]$Count
    [void] Add() {
        $Count = 1
    }
}
