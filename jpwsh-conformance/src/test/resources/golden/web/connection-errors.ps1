# A refused connection and a response slower than -TimeoutSec are terminating errors with pwsh's ids and messages
#! args: @WEBSERVER@
param($Base)
$closed = Invoke-RestMethod "$Base/refused"
try { Invoke-WebRequest $closed } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.GetType().FullName
    $_.Exception.Message -replace ':\d+\)$', ':PORT)'
    $_.ErrorDetails.Message
}
try { Invoke-RestMethod "$Base/delay/4000" -TimeoutSec 1 } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.Message
}
try { Invoke-WebRequest "$Base/delay/4000" -ConnectionTimeoutSeconds 1 } catch { $_.FullyQualifiedErrorId }
(Invoke-RestMethod "$Base/delay/10" -TimeoutSec 5)
