# CLIXML errors: a missing file (PathNotFound), -NoClobber on an existing file, -Depth below 1, an unknown tag, a broken reference, a DTD and malformed XML (XmlException with line and position)
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$file = Join-Path $dir 'data.xml'
function Check([scriptblock] $block) {
    try { & $block } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.Message)" -replace [regex]::Escape($dir), '<dir>' -replace 'Line \d+, position \d+\.$', 'Line <n>, position <m>.' }
}
Check { Import-Clixml -Path (Join-Path $dir 'missing.xml') }
1 | Export-Clixml -Path $file
Check { 2 | Export-Clixml -Path $file -NoClobber }
"still: $(Import-Clixml $file)"
Check { 3 | Export-Clixml -Path $file -Depth 0 }
Check { ConvertFrom-CliXml '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Foo>1</Foo></Objs>' }
Check { ConvertFrom-CliXml '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Ref RefId="9" /></Objs>' }
Check { ConvertFrom-CliXml '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><I32>x</I32></Objs>' }
Check { ConvertFrom-CliXml '<Objs Version="2.0" xmlns="http://schemas.microsoft.com/powershell/2004/04"></Objs>' }
Check { ConvertFrom-CliXml '<Objects />' }
Check { ConvertFrom-CliXml '<!DOCTYPE Objs [<!ENTITY e "x">]><Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><S>&e;</S></Objs>' }
'<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><S>open' | Set-Content -Path $file
$failed = $false
try { Import-Clixml -Path $file } catch { $failed = $true; "$($_.FullyQualifiedErrorId)" }
"malformed failed: $failed"
Remove-Item -LiteralPath $dir -Recurse
