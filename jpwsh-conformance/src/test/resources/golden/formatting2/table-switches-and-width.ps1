# Format-Table -RepeatHeader prints its header once when the output is not a paged console; Out-String -Width and Out-File -Width set the line width, and columns that do not fit are left out.
1..3 | ForEach-Object { [pscustomobject]@{ N = $_ } } | Format-Table -RepeatHeader | Out-String
$row = [pscustomobject]@{ A = 'abcdefghij' * 3; B = 'xyz' * 10 }
$row | Format-Table | Out-String -Width 40
$row | Out-String -Width 30
$d = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory $d
$row | Out-File (Join-Path $d w.txt) -Width 40
Get-Content (Join-Path $d w.txt)
if ($d) { Remove-Item -Recurse $d }
