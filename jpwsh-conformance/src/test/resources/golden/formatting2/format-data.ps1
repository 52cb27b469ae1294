# Get-FormatData lists the session's views by type name (wildcards), Export-FormatData writes them as a format.ps1xml file that Update-FormatData loads, -NoClobber refuses an existing file.
$d = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory $d
$fd = Get-FormatData -TypeName System.Version
"$($fd.GetType().FullName) $($fd.TypeName) views: $($fd.FormatViewDefinition.Name)"
"control: $($fd.FormatViewDefinition[0].Control)"
(Get-FormatData System.IO.FileInfo).TypeNames -join ', '
(Get-FormatData -TypeName 'Microsoft.PowerShell.Commands.Group*').TypeName
$null -eq (Get-FormatData -TypeName No.Such.Type)
@'
<Configuration><ViewDefinitions><View><Name>Pet</Name><ViewSelectedBy><TypeName>My.Pet</TypeName></ViewSelectedBy>
<TableControl><TableHeaders><TableColumnHeader><Label>Pet name</Label><Width>12</Width></TableColumnHeader><TableColumnHeader/></TableHeaders>
<TableRowEntries><TableRowEntry><TableColumnItems><TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem><TableColumnItem><ScriptBlock>$_.Legs * 2</ScriptBlock></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries></TableControl></View></ViewDefinitions></Configuration>
'@ | Set-Content (Join-Path $d pet.format.ps1xml)
Update-FormatData -AppendPath (Join-Path $d pet.format.ps1xml)
[pscustomobject]@{ PSTypeName = 'My.Pet'; Name = 'Rex'; Legs = 4 } | Out-String
$out = Join-Path $d out.format.ps1xml
Get-FormatData My.Pet | Export-FormatData -LiteralPath $out -IncludeScriptBlock
Get-Content $out
try { Get-FormatData My.Pet | Export-FormatData -Path $out -NoClobber } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message.Replace($d, 'DIR'))" }
Get-FormatData My.Pet | Export-FormatData -Path $out
(Get-Content $out | Select-String 'ScriptBlock').Line.Trim()
if ($d) { Remove-Item -Recurse $d }
