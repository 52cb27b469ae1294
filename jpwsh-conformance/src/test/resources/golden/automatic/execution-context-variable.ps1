# $ExecutionContext is a constant, AllScope variable Get-Variable finds; a missing command's exception names it (CommandName)
$v = Get-Variable ExecutionContext
$v.Name
$v.Options
$v.Value.GetType().Name
(Get-Variable -ValueOnly ExecutionContext).SessionState.GetType().Name
try { $ExecutionContext = 1 } catch { $_.FullyQualifiedErrorId }
$ExecutionContext.GetType().Name
try { Get-NoSuchThing -Name x } catch {
    $_.Exception.GetType().FullName
    $_.Exception.CommandName
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
}
