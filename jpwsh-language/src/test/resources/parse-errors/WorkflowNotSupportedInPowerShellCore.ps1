workflow Get-Things {
    parallel { 1 }
}
