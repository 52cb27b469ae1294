# Division by zero raises a RuntimeException wrapping DivideByZeroException.
$zero = 0
try { 10 / $zero } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
    $_.Exception.GetType().Name
    $_.Exception.InnerException.GetType().Name
    $_.CategoryInfo.Category
}
try { 10 % $zero } catch { 'modulus too' }
