# Get-ChildItem lists folders then files by name, recurses to -Depth, filters by -Filter, -Include, -Exclude, -File, -Directory, -Hidden and -Force, writes -Name
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-gci-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$root/b-dir/deeper/deepest", "$root/A-dir"
$null = New-Item -ItemType File -Path "$root/z.txt", "$root/a.log", "$root/.hidden", "$root/b-dir/inner.txt",
    "$root/b-dir/deeper/deep.txt", "$root/b-dir/deeper/deepest/bottom.txt"
Set-Location $root

'-- children'
(Get-ChildItem).Name -join ','
(Get-ChildItem -Force).Name -join ','
(Get-ChildItem -Hidden).Name -join ','
(Get-ChildItem -File).Name -join ','
(Get-ChildItem -Directory).Name -join ','
(Get-ChildItem -Name) -join ','
'-- recursion'
(Get-ChildItem -Recurse -Name) -join ','
(Get-ChildItem -Depth 0 -Name) -join ','
(Get-ChildItem -Depth 1 -Name) -join ','
(Get-ChildItem -Recurse -File).Name -join ','
(Get-ChildItem -Recurse -Filter *.txt -Name) -join ','
(Get-ChildItem -Recurse -Include *.txt, *.log -Exclude z* -Name) -join ','
(Get-ChildItem -Recurse | Select-Object -First 2).Name -join ','
'-- paths'
(Get-ChildItem z.txt).Name
(Get-ChildItem *.txt, *.log).Name -join ','
(Get-ChildItem -LiteralPath b-dir).Name -join ','
@(Get-ChildItem "$root/*.none").Count
try { Get-ChildItem "$root/missing" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($root, 'ROOT') }
'-- items'
$file = Get-ChildItem z.txt
$dir = Get-Item b-dir
$file.GetType().FullName, $dir.GetType().FullName -join ','
$file.PSIsContainer, $dir.PSIsContainer -join ','
$file.PSChildName
$file.PSPath.Replace($root, 'ROOT')
$file.PSParentPath.Replace($root, 'ROOT')
$file.PSProvider.Name
$file.PSDrive.Name
$file.Mode, $dir.Mode -join ','
$file.UnixMode.Substring(0, 1), $dir.UnixMode.Substring(0, 1) -join ','
$file.Extension, $file.BaseName, $file.Length -join ','
$dir.Parent.FullName.Replace($root, 'ROOT')
(Get-ChildItem -Force .hidden).Attributes
(Get-ChildItem -Recurse | Measure-Object).Count

Set-Location ([System.IO.Path]::GetTempPath())
Remove-Item $root -Recurse
