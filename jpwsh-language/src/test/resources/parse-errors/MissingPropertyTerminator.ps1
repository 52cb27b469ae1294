class Server {
    [string]$Name [int]$Port
}
