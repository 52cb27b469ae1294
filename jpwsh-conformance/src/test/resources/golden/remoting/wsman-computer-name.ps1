# -ComputerName (WSMan) on Linux: New-PSSession (whose default parameter set it is) and Invoke-Command fail with the missing WSMan client library error; -InDisconnectedSession with -AsJob and -SessionName without -InDisconnectedSession are refused first
foreach ($attempt in { New-PSSession }, { New-PSSession -ComputerName localhost }, { New-PSSession server1 -Name s },
        { Invoke-Command -ComputerName localhost { 1 } },
        { Invoke-Command -ComputerName localhost { 1 } -InDisconnectedSession -AsJob },
        { Invoke-Command -ComputerName localhost { 1 } -SessionName s1 }) {
    try {
        & $attempt
        'no error'
    } catch {
        $_.FullyQualifiedErrorId
        $_.CategoryInfo.Category
        $_.Exception.GetType().FullName
        $_.Exception.Message
    }
}
Invoke-Command { 'still local' }
