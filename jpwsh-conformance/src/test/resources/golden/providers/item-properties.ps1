# Get-ItemProperty, Get-ItemPropertyValue and Set-ItemProperty read and change a file's properties; a missing property is an error
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-props-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $root
Set-Content "$root/a.txt" 'hello'
$props = Get-ItemProperty "$root/a.txt" -Name Length, Name
$props.Length, $props.Name, $props.PSChildName -join ','
$props.PSPath.Replace($root, 'ROOT')
(Get-ItemPropertyValue "$root/a.txt" -Name Extension, BaseName) -join ','
Set-ItemProperty "$root/a.txt" -Name LastWriteTime -Value ([datetime]'2020-01-02 03:04:05')
(Get-Item "$root/a.txt").LastWriteTime.ToString('yyyy-MM-dd HH:mm:ss')
Set-ItemProperty "$root/a.txt" -Name IsReadOnly -Value $true
(Get-Item "$root/a.txt").IsReadOnly, (Get-Item "$root/a.txt").Mode -join ','
Set-ItemProperty "$root/a.txt" -Name IsReadOnly -Value $false
(Get-Item "$root/a.txt").IsReadOnly
try { Get-ItemProperty "$root/a.txt" -Name NoSuchProperty -ErrorAction Stop }
catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($root, 'ROOT') }
try { Get-ItemProperty Env:HOME -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Remove-Item $root -Recurse
