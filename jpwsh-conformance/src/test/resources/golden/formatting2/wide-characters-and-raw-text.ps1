# Tables and lists measure East Asian wide characters as two cells (pwsh's DisplayCells); Out-String writes a string as one piece, so -NoNewline keeps its embedded line break and -Stream gives it as one string; an empty Label in a format file falls back to the property name.
[pscustomobject]@{ '哇' = 62; dbda = 'KM'; '消息' = '千' } | Format-Table | Out-String
[pscustomobject]@{ '哇' = 62; dbda = 'KM'; '消息' = '千' } | Format-List | Out-String
"a`n", "b" | Out-String -NoNewline
("a`nb" | Out-String -Stream).Count
$d = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory $d
'<Configuration><ViewDefinitions><View><Name>E</Name><ViewSelectedBy><TypeName>Test.Empty</TypeName></ViewSelectedBy><TableControl><TableHeaders><TableColumnHeader><Label></Label><Width>4</Width></TableColumnHeader></TableHeaders><TableRowEntries><TableRowEntry><TableColumnItems><TableColumnItem><PropertyName>Prop</PropertyName></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries></TableControl></View></ViewDefinitions></Configuration>' | Set-Content (Join-Path $d e.format.ps1xml)
Update-FormatData -AppendPath (Join-Path $d e.format.ps1xml)
[pscustomobject]@{ PSTypeName = 'Test.Empty'; Prop = '123' } | Format-Table | Out-String
if ($d) { Remove-Item -Recurse $d }
