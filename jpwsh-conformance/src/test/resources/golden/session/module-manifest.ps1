# New-ModuleManifest writes pwsh's manifest layout; Test-ModuleManifest reads it back and reports missing entries
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$path = Join-Path $dir 'Demo.psd1'
New-ModuleManifest -Path $path -Author 'Ann' -CompanyName 'Contoso' -Guid '11111111-2222-3333-4444-555555555555' `
    -ModuleVersion 2.0 -Description "It's a demo" -FunctionsToExport 'Get-One', 'Get-Two' -Tags 'a', 'b' `
    -ProjectUri 'https://example.org/demo'
# every line but the date of generation
Get-Content $path | Where-Object { $_ -notmatch '^# Generated on' }
$module = Test-ModuleManifest -Path $path
$module.Name
$module.ModuleType
$module.Version.ToString()
$module.Guid.ToString()
$module.Author
$module.Description
$module.Tags -join ','
$module.ProjectUri
# the export lists default to '*' once a root module is named; -PassThru writes the text
$text = New-ModuleManifest -Path $path -RootModule 'Demo.psm1' -PassThru
($text -split "`n" | Where-Object { $_ -match '^(RootModule|FunctionsToExport|CmdletsToExport|AliasesToExport) = ' }) -join ' | '
# missing files and modules are reported with Test-ModuleManifest's ids
New-ModuleManifest -Path $path -RootModule 'missing.psm1' -FileList 'nofile.txt'
Test-ModuleManifest -Path $path -ErrorAction SilentlyContinue -ErrorVariable problems | Out-Null
$problems | ForEach-Object { $_.FullyQualifiedErrorId }
# a path that is not a .psd1 is refused
try { New-ModuleManifest -Path (Join-Path $dir 'Demo.txt') } catch { $_.FullyQualifiedErrorId }
Test-ModuleManifest -Path (Join-Path $dir 'none.psd1') -ErrorAction SilentlyContinue -ErrorVariable missing
$missing[0].FullyQualifiedErrorId
try { New-ModuleManifest -Path $path -ModuleVersion 'abc' } catch { $_.FullyQualifiedErrorId }
try { New-ModuleManifest -Path $path -CompatiblePSEditions Core, core } catch { $_.FullyQualifiedErrorId }
if ($dir) { Remove-Item -Recurse -Force -Path $dir }
