# Every failed validation attribute reports ParameterArgumentValidationError for its command.
function Test-Length { param([ValidateLength(2, 3)] [string]$Tag) 'length ok' }
try { Test-Length a } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
