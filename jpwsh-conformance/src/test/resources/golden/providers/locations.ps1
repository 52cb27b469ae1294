# Set-, Get-, Push- and Pop-Location move the session's location, $PWD follows it, and a missing path is PathNotFound
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-locations-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$root/a/b"
function Show([string] $text) { $text.Replace($root, 'ROOT') }

Set-Location $root
Show $PWD.Path
Show (Get-Location).Path
$PWD.GetType().FullName
$PWD.Provider.Name
$PWD.Drive.Name
Show $PWD.ProviderPath

cd a/b
Show (Get-Location)
cd ..
Show $PWD
cd -
Show $PWD
cd +
Show $PWD

Push-Location b
Push-Location /
Show $PWD
Pop-Location
Show $PWD
Pop-Location
Show $PWD
Pop-Location
Show $PWD

Push-Location $root -StackName Named
Set-Location /
Show ((Get-Location -StackName Named) | ForEach-Object Path)
Pop-Location -StackName Named
Show $PWD

Set-Location Env:
$PWD.Path
$PWD.Provider.Name
Show (Get-Location -PSProvider FileSystem).Path
Set-Location Variable:/
$PWD.Path
Set-Location $root

try { Set-Location "$root/missing" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; Show $_.Exception.Message }
Show $PWD
try { Pop-Location -StackName NoSuchStack -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Set-Location NoSuchDrive:/x -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }

Set-Location ([System.IO.Path]::GetTempPath())
Remove-Item $root -Recurse
Test-Path $root
