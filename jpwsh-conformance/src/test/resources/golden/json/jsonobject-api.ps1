# [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson: blank text is null, keys only -AsHashtable takes set the error record, malformed JSON throws ArgumentException
$err = $null
[Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson('{"a": {"b": [1, 2]}}', [ref]$err).a.b -join ','
$null -eq $err
$null -eq [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson('   ', $true, [ref]$err)
$h = [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson('{"k": 1, "K": 2}', $true, [ref]$err)
$h.GetType().Name, $h.Count -join ' '
$null -eq [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson('{"k": 1, "K": 2}', [ref]$err)
$err.FullyQualifiedErrorId
[Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson('{"": 1}', $false, [ref]$err)
$err.FullyQualifiedErrorId
$deep = [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson('{"a": {"b": 1}}', $false, 2, [ref]$err)
$deep.a.b
try { [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson('{"a": {"b": {"c": 1}}}', $false, 2, [ref]$err) } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.GetType().FullName }
try { [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson('{"a" :', [ref]$err) } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.Message }
