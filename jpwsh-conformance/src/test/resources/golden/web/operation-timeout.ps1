# -OperationTimeoutSeconds limits each wait for body bytes (OperationTimeoutReached); a read within it completes
#! args: @WEBSERVER@
param($Base)
try { Invoke-WebRequest "$Base/stall/4000" -OperationTimeoutSeconds 1 } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.GetType().FullName
    $_.Exception.Message
}
(Invoke-WebRequest "$Base/stall/100" -OperationTimeoutSeconds 5).Content
Invoke-RestMethod "$Base/stall/100"
