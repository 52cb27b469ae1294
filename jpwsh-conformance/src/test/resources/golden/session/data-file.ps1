# Import-PowerShellDataFile evaluates a .psd1's first hashtable only when it is safe data
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$good = Join-Path $dir 'good.psd1'
Set-Content -Path $good -Value @'
# a comment before the data
@{
    Name = 'demo'
    Count = 3
    Negative = -2
    Typed = [int] '7'
    List = @('a', 'b'), 'c'
    Nested = @{ Inner = $true; Nothing = $null }
    Text = "plain $true"
    Block = { Get-Date }
}
'@
$data = Import-PowerShellDataFile -Path $good
$data.GetType().FullName
$data.Keys | Sort-Object
$data.Name, $data.Count, $data.Negative, $data.Typed
$data.List.Count
$data.Nested.Inner
$data.Text
$data.Block.GetType().Name
# unsafe data stops the command; a file without a hashtable and a missing path are reported and skipped
$unsafe = Join-Path $dir 'unsafe.psd1'
Set-Content -Path $unsafe -Value '@{ Foo = Get-Process }'
try { Import-PowerShellDataFile $unsafe } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Set-Content -Path $unsafe -Value '@{ Sum = 1 + 2 }'
try { Import-PowerShellDataFile $unsafe } catch { $_.FullyQualifiedErrorId }
Set-Content -Path $unsafe -Value '@{ Home = $HOME }'
try { Import-PowerShellDataFile $unsafe } catch { $_.FullyQualifiedErrorId }
$text = Join-Path $dir 'text.psd1'
Set-Content -Path $text -Value '"Hello World"'
Import-PowerShellDataFile $text -ErrorAction SilentlyContinue -ErrorVariable e1
$e1[0].FullyQualifiedErrorId
Set-Content -Path $text -Value '@{ a = '
Import-PowerShellDataFile $text -ErrorAction SilentlyContinue -ErrorVariable e2
$e2[0].FullyQualifiedErrorId
Import-PowerShellDataFile (Join-Path $dir 'none.psd1') -ErrorAction SilentlyContinue -ErrorVariable e3
$e3[0].FullyQualifiedErrorId
Import-PowerShellDataFile $dir -ErrorAction SilentlyContinue -ErrorVariable e4
$e4[0].FullyQualifiedErrorId
# more than 500 keys needs -SkipLimitCheck
$large = Join-Path $dir 'large.psd1'
Set-Content -Path $large -Value ('@{' + ((1..501 | ForEach-Object { "k$_ = $_" }) -join '; ') + '}')
try { Import-PowerShellDataFile $large } catch { $_.FullyQualifiedErrorId }
(Import-PowerShellDataFile $large -SkipLimitCheck).Count
if ($dir) { Remove-Item -Recurse -Force -Path $dir }
