# PowerShell's exception types keep .NET's inheritance: BaseType chains, IsAssignableFrom and IsSubclassOf, -is, and catch [T] taking errors of every type derived from T
function Show-Chain([type]$Type) {
    $names = @()
    for ($t = $Type; $t; $t = $t.BaseType) { $names += $t.Name }
    $names -join ' > '
}
Show-Chain ([System.Management.Automation.ItemNotFoundException])
Show-Chain ([System.Management.Automation.MethodInvocationException])
Show-Chain ([System.Management.Automation.IncompleteParseException])
Show-Chain ([System.Management.Automation.PSArgumentNullException])
Show-Chain ([System.Management.Automation.PSInvalidCastException])
Show-Chain ([System.DivideByZeroException])
Show-Chain ([System.IO.FileNotFoundException])
Show-Chain ([System.Management.Automation.ScriptCallDepthException])
[System.Management.Automation.RuntimeException].FullName

$runtime = [System.Management.Automation.RuntimeException]
'RuntimeException from ParameterBindingException: {0}' -f $runtime.IsAssignableFrom([System.Management.Automation.ParameterBindingException])
'RuntimeException from CommandNotFoundException: {0}' -f $runtime.IsAssignableFrom([System.Management.Automation.CommandNotFoundException])
'RuntimeException from PSArgumentException: {0}' -f $runtime.IsAssignableFrom([System.Management.Automation.PSArgumentException])
'ParameterBindingException from RuntimeException: {0}' -f [System.Management.Automation.ParameterBindingException].IsAssignableFrom($runtime)
'ArgumentException from PSArgumentOutOfRangeException: {0}' -f [ArgumentException].IsAssignableFrom([System.Management.Automation.PSArgumentOutOfRangeException])
'Exception from DriveNotFoundException: {0}' -f [Exception].IsAssignableFrom([System.Management.Automation.DriveNotFoundException])
'DriveNotFoundException subclass of SessionStateException: {0}' -f [System.Management.Automation.DriveNotFoundException].IsSubclassOf([System.Management.Automation.SessionStateException])
'SessionStateException subclass of itself: {0}' -f [System.Management.Automation.SessionStateException].IsSubclassOf([System.Management.Automation.SessionStateException])

try {
    Get-Item -Path /no/such/path/anywhere -ErrorAction Stop
} catch [System.Management.Automation.SessionStateException] {
    'caught as SessionStateException: {0}' -f $_.Exception.GetType().Name
    'is RuntimeException: {0}; is SessionStateException: {1}; is ArgumentException: {2}' -f ($_.Exception -is [System.Management.Automation.RuntimeException]),
        ($_.Exception -is [System.Management.Automation.SessionStateException]), ($_.Exception -is [ArgumentException])
    'IsInstanceOfType: {0}' -f [System.Management.Automation.SessionStateException].IsInstanceOfType($_.Exception)
}
try {
    Get-NoSuchCommandAnywhere
} catch [System.Management.Automation.RuntimeException] {
    'caught as RuntimeException: {0}' -f $_.Exception.GetType().Name
}
try {
    [int]::Parse('not a number')
} catch [System.Management.Automation.MethodException] {
    'caught as MethodException: {0}' -f $_.Exception.GetType().Name
}
try {
    $zero = 0
    1 / $zero
} catch [System.ArithmeticException] {
    'caught a division by zero as ArithmeticException'
}
function Test-Typed([int]$Number) { $Number }
try {
    Test-Typed -Number 'many'
} catch [System.Management.Automation.RuntimeException] {
    'caught a binding error as RuntimeException: {0}' -f ($_.Exception -is [System.Management.Automation.ParameterBindingException])
}
try {
    throw [System.Management.Automation.DriveNotFoundException]::new('no drive here')
} catch [System.Management.Automation.SessionStateException] {
    'caught a thrown {0}: {1}' -f $_.Exception.GetType().Name, $_.Exception.Message
}
try {
    try {
        Get-Item -Path /no/such/path/anywhere -ErrorAction Stop
    } catch [System.Management.Automation.DriveNotFoundException] {
        'wrong: a missing item is no missing drive'
    }
} catch {
    'the outer catch took it: {0}' -f $_.Exception.GetType().Name
}
