# A caught error knows the line of the statement that raised it.
try {
    $null = 1
    throw 'here'
} catch {
    $_.InvocationInfo.ScriptLineNumber
    $_.InvocationInfo.Line.Trim()
}
