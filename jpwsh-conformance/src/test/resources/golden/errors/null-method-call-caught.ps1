# Calling a method on $null fails with InvokeMethodOnNull.
$nothing = $null
try { $nothing.ToUpper() } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
    $_.CategoryInfo.Category
}
