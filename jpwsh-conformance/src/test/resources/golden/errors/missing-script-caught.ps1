# Calling a script file that does not exist is a CommandNotFoundException naming the path as written.
try { & ./no-such-script.ps1 } catch {
    $_.FullyQualifiedErrorId
    ($_.Exception.Message -split "`n")[0]
}
