function Save-Report {
    param([void]$Result)
    $Result
}
