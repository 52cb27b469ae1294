# Write-Error: -Exception, -ErrorId, -Category, -TargetObject, -RecommendedAction, the category info parameters and -ErrorRecord
function Test-WriteError {
    $exception = New-Object -TypeName System.ArgumentNullException -ArgumentList paramname
    $e = Write-Error -Message myerrortext -Exception $exception -ErrorId myerrorid -Category syntaxerror `
        -TargetObject TargetObject -CategoryActivity myactivity -CategoryReason myreason `
        -CategoryTargetName mytargetname -CategoryTargetType mytargettype -RecommendedAction myrecommendedaction 2>&1
    $e.GetType().FullName
    $e.Exception.GetType().FullName
    $e.Exception.ParamName
    $e.TargetObject
    $e.FullyQualifiedErrorId
    $e.CategoryInfo.Category
    "$($e.CategoryInfo)"
    $e.ErrorDetails.Message
    $e.ErrorDetails.RecommendedAction
    "$e"
    # the aliases of the category info parameters, and a message alone
    $e = Write-Error -Activity fooAct -Reason fooReason -TargetName fooTargetName -TargetType fooTargetType -Message fooMessage 2>&1
    "$($e.CategoryInfo)"
    $null -eq $e.ErrorDetails
    $e.Exception.Message
    # an exception alone: its type names the error, its message is the error's
    $e = Write-Error -Exception ([System.InvalidOperationException]::new('boom')) -Category InvalidOperation 2>&1
    $e.FullyQualifiedErrorId
    "$($e.CategoryInfo)"
    "$e"
    # an error record passed on as it is, with a recommended action added
    $again = Write-Error -ErrorRecord $e -RecommendedAction 'try again' 2>&1
    $again.FullyQualifiedErrorId
    $again.ErrorDetails.Message
    $again.ErrorDetails.RecommendedAction
}
Test-WriteError
try { Write-Error -Exception -Message 'test throw' } catch { $_.FullyQualifiedErrorId }
try { Write-Error 'x' -Category NoSuchCategory } catch { $_.FullyQualifiedErrorId }
Write-Error -Message 'shown instead' -Exception ([System.InvalidOperationException]::new('hidden')) -ErrorAction SilentlyContinue
$Error[0].ToString()
