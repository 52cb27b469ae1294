# The Env:, Variable:, Function: and Alias: drives show session state as items; Get-PSDrive, Get-PSProvider, New-PSDrive and Remove-PSDrive
'-- Env:'
$env:JPWSH_GOLDEN_VAR = 'from-variable'
$item = Get-Item Env:JPWSH_GOLDEN_VAR
$item.Name, $item.Value, $item.GetType().FullName -join ','
$item.PSPath
Set-Item Env:JPWSH_GOLDEN_VAR 'from-set-item'
$env:JPWSH_GOLDEN_VAR
New-Item Env:JPWSH_GOLDEN_NEW -Value 'new' | ForEach-Object Value
(Get-ChildItem Env:JPWSH_GOLDEN_*).Name -join ','
Remove-Item Env:JPWSH_GOLDEN_VAR, Env:JPWSH_GOLDEN_NEW
$null -eq $env:JPWSH_GOLDEN_VAR
Test-Path Env:JPWSH_GOLDEN_NEW
try { Get-Item Env:JPWSH_GOLDEN_MISSING -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
'-- Variable: and Function:'
$answer = 42
(Get-Item Variable:answer).Value
Set-Item Variable:answer 43
$answer
${variable:answer}
function Get-GoldenGreeting { 'hello' }
(Get-Item Function:Get-GoldenGreeting).Name
(Get-ChildItem Function:Get-Golden*).Name
& (Get-Item Function:Get-GoldenGreeting).ScriptBlock
Remove-Item Function:Get-GoldenGreeting
Test-Path Function:Get-GoldenGreeting
'-- Alias:'
(Get-Item Alias:gci).Definition
(Get-ChildItem Alias:pushd, Alias:popd).Definition -join ','
Test-Path Alias:ls
'-- drives and providers'
(Get-PSDrive).Name -join ','
(Get-PSDrive -PSProvider FileSystem).Name -join ','
(Get-PSProvider).Name -join ','
(Get-PSProvider FileSystem).Drives.Name -join ','
(Get-PSDrive Env).Provider.Name
try { Get-PSDrive NoSuchDrive -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Get-PSProvider NoSuchProvider -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-drives-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$root/sub"
Set-Content "$root/sub/data.txt" 'on the drive'
$drive = New-PSDrive -Name GoldenDrive -PSProvider FileSystem -Root $root
$drive.Name, $drive.Provider.Name -join ','
Get-Content GoldenDrive:/sub/data.txt
Set-Location GoldenDrive:/sub
$PWD.Path
(Get-PSDrive GoldenDrive).CurrentLocation
(Resolve-Path data.txt).Path
(Convert-Path data.txt).Replace($root, 'ROOT')
Remove-PSDrive GoldenDrive
Set-Location /
Test-Path GoldenDrive:/sub
try { New-PSDrive -Name Broken -PSProvider FileSystem -Root "$root/missing" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { New-PSDrive -Name Env -PSProvider Environment -Root '' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Remove-Item $root -Recurse
