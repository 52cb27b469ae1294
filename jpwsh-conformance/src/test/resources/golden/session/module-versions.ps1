# Import-Module and Get-Module choose a module's version: -MinimumVersion/-MaximumVersion/-RequiredVersion, -FullyQualifiedName tables, -ListAvailable
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$guid = '9b945229-65fd-4629-ae99-88e2618377ff'
foreach ($version in '1.0', '2.0') {
    $folder = Join-Path $dir "Versioned/$version"
    $null = New-Item -ItemType Directory -Path $folder
    New-ModuleManifest -Path (Join-Path $folder 'Versioned.psd1') -ModuleVersion $version -Guid $guid
}
$null = New-Item -ItemType Directory -Path (Join-Path $dir 'Plain')
New-ModuleManifest -Path (Join-Path $dir 'Plain/Plain.psd1') -ModuleVersion 2.3
$saved = $env:PSModulePath
$env:PSModulePath = $dir
(Get-Module -ListAvailable | ForEach-Object { "$($_.Name) $($_.Version)" } | Sort-Object) -join ", "
(Import-Module Versioned -PassThru).Version.ToString()
Remove-Module Versioned
(Import-Module Versioned -MaximumVersion 1.5 -PassThru).Version.ToString()
Remove-Module Versioned
(Import-Module -FullyQualifiedName @{ ModuleName = 'Versioned'; RequiredVersion = '1.0'; Guid = $guid } -PassThru).Version.ToString()
@(Get-Module -FullyQualifiedName @{ ModuleName = 'Versioned'; ModuleVersion = '1.0' }).Count
@(Get-Module -FullyQualifiedName @{ ModuleName = 'Versioned'; ModuleVersion = '1.5' }).Count
Remove-Module Versioned
# constraints no module meets
try { Import-Module Plain -MinimumVersion 2.5 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Import-Module -FullyQualifiedName @{ ModuleName = 'Plain'; ModuleVersion = '2.0'; Guid = $guid } -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Import-Module Plain -MinimumVersion 3.0 -MaximumVersion 2.0 } catch { $_.FullyQualifiedErrorId }
@(Get-Module Plain).Count
$env:PSModulePath = $saved
if ($dir) { Remove-Item -Recurse -Force -Path $dir }
