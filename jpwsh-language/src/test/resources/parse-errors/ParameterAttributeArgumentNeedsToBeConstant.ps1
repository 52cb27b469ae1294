class Account {
    [ValidateScript({ $_ -gt 0 })]
    [int]$Balance
}
