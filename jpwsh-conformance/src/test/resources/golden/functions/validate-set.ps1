# ValidateSet accepts only listed values, ignoring case, and explains the set on failure.
function Set-Color { param([ValidateSet('red', 'green')] [string]$Color) "color=$Color" }
Set-Color -Color Green
try { Set-Color -Color purple } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
