# Join-Path, Split-Path, Test-Path, Resolve-Path and Convert-Path on existing and missing paths, with wildcards
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-paths-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$root/dir"
$null = New-Item -ItemType File -Path "$root/one.txt", "$root/two.txt", "$root/dir/three.log"
function Show([string] $text) { $text.Replace($root, 'ROOT') }

'-- Join-Path'
Join-Path a b
Join-Path a/ /b
Join-Path a b c d
Join-Path -Path x, y -ChildPath z
Join-Path Env: Path
Join-Path a ''
Show (Join-Path $root '*.txt' -Resolve)
try { Join-Path $root nope -Resolve -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Join-Path NoDrive:/x y -Resolve -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }

'-- Split-Path'
Split-Path /usr/local/bin/tool.tar.gz
Split-Path /usr/local/bin/tool.tar.gz -Leaf
Split-Path /usr/local/bin/tool.tar.gz -LeafBase
Split-Path /usr/local/bin/tool.tar.gz -Extension
Split-Path relative/file
Split-Path file
Split-Path /top
Split-Path Env:/PATH -Qualifier
Split-Path Env:/PATH -NoQualifier
Split-Path /a -IsAbsolute
Split-Path a/b -IsAbsolute
Split-Path Temp:/x -IsAbsolute
try { Split-Path /no/qualifier -Qualifier -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
(Split-Path "$root/*.txt" -Leaf -Resolve) -join ','

'-- Test-Path'
Test-Path $root
Test-Path "$root/one.txt" -PathType Leaf
Test-Path "$root/one.txt" -PathType Container
Test-Path "$root/dir" -PathType Container
Test-Path "$root/missing"
Test-Path "$root/*.txt"
Test-Path "$root/*.none"
Test-Path -LiteralPath "$root/*.txt"
Test-Path NoDrive:/x
Test-Path ''
Test-Path $null
Test-Path "$root/missing/file" -IsValid
Test-Path Env:HOME
Test-Path Variable:root
Test-Path "$root/one.txt" -OlderThan ([datetime]::Now.AddDays(1))
Test-Path "$root/one.txt" -NewerThan ([datetime]::Now.AddDays(1))
Test-Path "$root/one.txt", "$root/missing"

'-- Resolve-Path and Convert-Path'
Show (Resolve-Path "$root/dir").Path
(Resolve-Path "$root/*.txt").Count
(Resolve-Path "$root/one.txt").GetType().Name
Set-Location $root
Resolve-Path one.txt -Relative
Resolve-Path "$root/dir/three.log" -Relative
Set-Location dir
Resolve-Path ../one.txt -Relative
Show (Resolve-Path three.log -RelativeBasePath $root/dir).Path
Resolve-Path "$root/two.txt" -Relative -RelativeBasePath "$root/dir"
Show (Convert-Path .)
Show (Convert-Path ../*.txt)
try { Resolve-Path "$root/missing" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; Show $_.Exception.Message }
try { Convert-Path "$root/missing" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
@(Resolve-Path "$root/*.none").Count
Resolve-Path ~ | ForEach-Object { $_.Path -eq $HOME }

Set-Location ([System.IO.Path]::GetTempPath())
Remove-Item $root -Recurse
