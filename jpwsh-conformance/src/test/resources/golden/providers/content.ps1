# Get-, Set-, Add- and Clear-Content read and write lines, raw text, delimited chunks and bytes, with -Encoding and -NoNewline
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-content-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $root
Set-Location $root
function Caught([scriptblock] $block) {
    try { & $block } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($root, 'ROOT') }
}

'-- lines'
Set-Content lines.txt 'one', 'two', 'three', 'four'
(Get-Content lines.txt) -join ','
(Get-Content lines.txt).Count
(Get-Content lines.txt -TotalCount 2) -join ','
(Get-Content lines.txt -Head 1) -join ','
(Get-Content lines.txt -Tail 2) -join ','
Get-Content lines.txt -ReadCount 3 | ForEach-Object { $_ -join '+' }
(Get-Content lines.txt -ReadCount 0).Count
(Get-Content lines.txt -Raw).Replace("`n", '|')
(Get-Item lines.txt).Length
'-- add, pipeline and no newline'
Add-Content lines.txt 'five'
(Get-Content lines.txt)[-1]
'a', 'b' | Set-Content piped.txt
(Get-Content piped.txt) -join ','
Set-Content joined.txt 'x' -NoNewline
Add-Content joined.txt 'y', 'z' -NoNewline
Get-Content joined.txt -Raw
'-- delimiter and bytes'
Set-Content csv.txt 'k1=v1;k2=v2;k3' -NoNewline
(Get-Content csv.txt -Delimiter ';') -join '|'
Set-Content bytes.txt 'AB'
(Get-Content bytes.txt -AsByteStream) -join ' '
(Get-Content bytes.txt -AsByteStream -TotalCount 1).GetType().Name
Set-Content raw.bin -Value ([byte[]](1, 2, 255)) -AsByteStream
(Get-Content raw.bin -AsByteStream) -join ' '
'-- encodings'
Set-Content utf16.txt 'é' -Encoding unicode
(Get-Item utf16.txt).Length
Get-Content utf16.txt -Encoding unicode
Set-Content bom.txt 'x' -Encoding utf8BOM
(Get-Content bom.txt -AsByteStream) -join ' '
Get-Content bom.txt
Set-Content plain.txt 'é'
(Get-Content plain.txt -AsByteStream) -join ' '
'-- clear and errors'
Clear-Content lines.txt
(Get-Item lines.txt).Length
$null -eq (Get-Content lines.txt)
Caught { Get-Content missing.txt -ErrorAction Stop }
Caught { Get-Content $root -ErrorAction Stop }
Caught { Clear-Content missing.txt -ErrorAction Stop }
Caught { Set-Content missing-folder/x.txt 'x' -ErrorAction Stop }
Caught { Set-Content x.txt 'x' -Encoding nonsense -ErrorAction Stop }
'-- other providers'
Set-Content Variable:fromContent 'value'
$fromContent
(Get-Content Env:HOME) -eq $HOME

Set-Location ([System.IO.Path]::GetTempPath())
Remove-Item $root -Recurse
