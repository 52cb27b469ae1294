# throw with an ErrorRecord keeps its error id and category.
$record = [System.Management.Automation.ErrorRecord]::new(
    [System.InvalidOperationException]::( 'not now'), 'MyErrorId', 'InvalidOperation', 'target')
try { throw $record } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.Message
    $_.TargetObject
}
