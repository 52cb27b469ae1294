class Config {
    [string]$Path
    [int]
}
