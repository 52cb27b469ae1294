# throw with a string raises a RuntimeException whose message, error id and target are that string.
try { throw 'boom' } catch {
    $_.Exception.Message
    $_.Exception.GetType().Name
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.TargetObject
}
