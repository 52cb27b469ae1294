class Loader {
    [void] Load([string][int]$Source) {
    }
}
