# A .NET exception from a method call arrives wrapped in MethodInvocationException, yet a catch for the inner type matches.
try { [int]::Parse('abc') } catch [System.FormatExcption] {
    'format error'
    $_.Exception.GetType().Name
    $_.Exception.InnerException.GetType().Name
}
