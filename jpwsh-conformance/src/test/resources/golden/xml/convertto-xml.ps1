# ConvertTo-Xml writes pwsh's <Objects> document: -As String/Stream/Document, -Depth, -NoTypeInformation, nulls, collections and dictionaries
1 | ConvertTo-Xml -As String
[pscustomobject]@{ a = 1; b = 'x<y'; c = $null; d = [pscustomobject]@{ e = 2 }; f = @(1, 'two'); g = '' } | ConvertTo-Xml -As String
[pscustomobject]@{ a = 1; d = [pscustomobject]@{ e = 2 } } | ConvertTo-Xml -As String -Depth 2 -NoTypeInformation
1, 'a', $null | ConvertTo-Xml -As Stream
[ordered]@{ k = 'v'; n = 2 } | ConvertTo-Xml -As String
$d = 'text' | ConvertTo-Xml
$d.GetType().FullName
$d.Objects.Object.Type
$d.Objects.Object.'#text'
@() | ConvertTo-Xml -As String
ConvertTo-Xml -InputObject $true -As String -NoTypeInformation
try { 1 | ConvertTo-Xml -Depth 0 } catch { $_.FullyQualifiedErrorId }
$nested = [pscustomobject]@{ Prop1 = [pscustomobject]@{ Prop1 = [pscustomobject]@{ Prop1 = 111; Prop2 = 222 }; Prop2 = 22 }; Prop2 = 2 }
($nested | ConvertTo-Xml -Depth 1).OuterXml
([pscustomobject]@{ prop1 = 'val1'; prop2 = 'val2' } | ConvertTo-Xml -As Stream)[2]
