[NoRunspaceAffinity]
class Worker {
    [string]$Name
}
