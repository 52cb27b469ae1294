# Get-ChildItem and Get-Item write System.IO.FileInfo and DirectoryInfo with their .NET members and the PS* ones
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $root
try {
    Set-Content -Path "$root/data.txt" -Value 'hello' -NoNewline
    $null = New-Item -ItemType Directory -Path "$root/sub"
    $file = Get-ChildItem -Path $root -File | Select-Object -First 1
    $folder = Get-Item -Path "$root/sub"
    "file is FileInfo: $($file -is [System.IO.FileInfo]); FileSystemInfo: $($file -is [System.IO.FileSystemInfo])"
    "folder is DirectoryInfo: $($folder -is [System.IO.DirectoryInfo]); FileInfo: $($folder -is [System.IO.FileInfo])"
    "$($file.GetType().FullName) $($folder.GetType().FullName)"
    "Length=$($file.Length) Extension=$($file.Extension) BaseName=$($file.BaseName)"
    "FullName matches: $($file.FullName -eq [System.IO.Path]::Combine($root, 'data.txt'))"
    "Directory: $($file.Directory -is [System.IO.DirectoryInfo]) $($file.Directory.FullName -eq $root) $($file.DirectoryName -eq $root)"
    "Parent: $($folder.Parent.FullName -eq $root); Root: $($folder.Root.FullName)"
    $stream = $file.OpenRead()
    try { "OpenRead length: $($stream.Length)" } finally { $stream.Dispose() }
    $reader = $file.OpenText()
    try { "OpenText: $($reader.ReadToEnd())" } finally { $reader.Dispose() }
    "Exists: $($file.Exists) $($folder.Exists); IsReadOnly: $($file.IsReadOnly)"
    "PS: $($file.PSChildName) $($file.PSIsContainer) $($folder.PSIsContainer) $($file.PSProvider.Name) $($file.PSPath -like 'Microsoft.PowerShell.Core\FileSystem::*data.txt')"
    "Mode: $($file.Mode) $($folder.Mode)"
    "Attributes: $($file.Attributes) $($folder.Attributes)"
    "ToString is the full path: $("$file" -eq $file.FullName)"
    $copy = $file.CopyTo([System.IO.Path]::Combine($root, 'copy.txt'))
    "CopyTo gives $($copy.GetType().Name) of $($copy.Length) bytes"
    "Measure: $((Get-ChildItem -Path $root -File | Measure-Object -Property Length -Sum).Sum)"
} finally {
    if ($root -and (Test-Path -LiteralPath $root)) { Remove-Item -LiteralPath $root -Recurse -Force }
}
