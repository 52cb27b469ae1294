# Error records turned to strings with ForEach-Object { $_.ToString() }, as seed 003 reports job errors.
$records = & { Write-Error 'first failure'; 'value'; Write-Error 'second failure' } 2>&1
$errors = $records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { $_.ToString() }
$errors.Count
$errors -join ' | '
$ErrorInfo = [PSCustomObject]@{ Input = 3; Result = $null; Error = $errors; Status = "Error" }
$ErrorInfo.Error[1]
