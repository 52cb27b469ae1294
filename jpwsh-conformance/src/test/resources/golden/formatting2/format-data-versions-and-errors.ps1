# Get-FormatData -PowerShellVersion before 5.1 leaves out views such a client cannot read (the file system's grouped table); Update-FormatData refuses a View without ViewSelectedBy or a control with FormatXmlUpdateException.
$null -eq (Get-FormatData System.IO.FileInfo -PowerShellVersion 5.0)
$null -eq (Get-FormatData System.IO.FileInfo -PowerShellVersion 5.1)
(Get-FormatData System.Version -PowerShellVersion 5.0).TypeName
$d = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory $d
'<Configuration><ViewDefinitions><View><Name>T2</Name></View></ViewDefinitions></Configuration>' | Set-Content (Join-Path $d invalid.format.ps1xml)
try { Update-FormatData -Path (Join-Path $d invalid.format.ps1xml) -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
if ($d) { Remove-Item -Recurse $d }
