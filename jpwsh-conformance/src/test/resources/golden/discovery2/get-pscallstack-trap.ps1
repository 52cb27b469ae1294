# Inside a trap Get-PSCallStack shows the trap as a frame of its own (its function's name with <trap> and the trapped type added), then its function where the error arose
trap {
    Get-PSCallStack | ForEach-Object { "$($_.Command)|$($_.FunctionName)|$($_.Location)" }
    continue
}
throw 'top'
function Test-Trap {
    trap [System.DivideByZeroException] {
        Get-PSCallStack | ForEach-Object { "$($_.Command)|$($_.FunctionName)|$($_.Location)" }
        (Get-Variable -Scope 0 | Where-Object Name -like '__*').Count
        continue
    }
    $zero = 0
    1 / $zero
    'after'
}
Test-Trap
