# An unknown command raises CommandNotFoundException with a two-line message.
try { Get-NoSuchThing -Flag } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().Name
    $_.CategoryInfo.Category
    $_.TargetObject
    ($_.Exception.Message -split "`n")[0]
}
