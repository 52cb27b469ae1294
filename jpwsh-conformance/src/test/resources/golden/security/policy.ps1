# Execution policy on Linux as pwsh: Get-ExecutionPolicy is Unrestricted in every scope, Set-ExecutionPolicy is not supported (after -WhatIf), group-policy scopes are refused; Unblock-File reports missing files, then does not support Linux
Get-ExecutionPolicy
(Get-ExecutionPolicy).GetType().FullName
Get-ExecutionPolicy -Scope CurrentUser
Get-ExecutionPolicy -List | ForEach-Object { "$($_.Scope)=$($_.ExecutionPolicy)" }
function Report { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $_" }
try { Get-ExecutionPolicy -List -Scope Process } catch { Report }
Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -WhatIf
try { Set-ExecutionPolicy RemoteSigned -Scope Process } catch { Report }
try { Set-ExecutionPolicy Bypass -Scope MachinePolicy } catch { Report }
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$file = Join-Path $dir 'downloaded.ps1'
Set-Content -Path $file -Value '1'
try { Unblock-File -Path $file } catch { Report }
try { Unblock-File -Path (Join-Path $dir 'gone.ps1') -ErrorVariable bad -ErrorAction SilentlyContinue } catch { Report }
foreach ($e in $bad) { "$($e.FullyQualifiedErrorId) | $($e.CategoryInfo.Category)" }
Remove-Item -LiteralPath $dir -Recurse
