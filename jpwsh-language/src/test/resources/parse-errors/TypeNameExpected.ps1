class Logger : {
    [void] Log([string]$m) { }
}
