# FileAttributes is a flags enum with .NET's numbers: on Linux ReadOnly, Hidden (dot names), Directory and ReparsePoint (links) combine, Normal when none applies
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory $root
Set-Location $root
$null = New-Item plain.txt, .hidden.txt -ItemType File
$null = New-Item .hidden-dir -ItemType Directory
$null = New-Item link -ItemType SymbolicLink -Value $root
$null = New-Item file-link -ItemType SymbolicLink -Value (Join-Path $root plain.txt)
foreach ($name in 'plain.txt', '.hidden.txt', '.hidden-dir', 'link', 'file-link') {
    $a = (Get-Item -Force -LiteralPath $name).Attributes
    '{0,-12} {1,-24} {2}' -f $name, $a, [int]$a
}
(Get-Item plain.txt).IsReadOnly = $true
'read-only: {0} {1}' -f (Get-Item plain.txt).Attributes, [System.IO.File]::GetAttributes((Join-Path $root plain.txt))
(Get-Item plain.txt).Attributes = 'Normal'
'writable again: {0}' -f (Get-Item plain.txt).Attributes
# numbers, names, bitwise operators and HasFlag as .NET has them
[int][System.IO.FileAttributes]::Hidden
[int][System.IO.FileAttributes]::Directory
[int][System.IO.FileAttributes]'ReadOnly, Hidden'
[System.IO.FileAttributes]'hidden,directory'
[System.IO.FileAttributes]::Hidden -bor [System.IO.FileAttributes]::Directory
$dir = (Get-Item -Force .hidden-dir).Attributes
$dir -band [System.IO.FileAttributes]::Hidden
$dir.HasFlag([System.IO.FileAttributes]::Directory)
$dir.HasFlag([System.IO.FileAttributes]::ReadOnly)
$dir -match 'Directory'
# a number converts to the flags it holds, as to any .NET flags enum
[System.IO.FileAttributes]18
[System.Text.RegularExpressions.RegexOptions]3
[System.Management.Automation.ScopedItemOptions]9
try { [System.IO.FileAttributes]'Bogus' } catch { $_.Exception.Message }
Set-Location ([System.IO.Path]::GetTempPath())
if ($root) { Remove-Item -LiteralPath $root -Recurse -Force }
