# Relative paths given to .NET methods resolve against [Environment]::CurrentDirectory, as in .NET
#! process: own
$d = [IO.Path]::GetTempPath() + 'jpwsh-io-cwd-' + [guid]::NewGuid()
$null = [IO.Directory]::CreateDirectory("$d/sub")
$saved = [Environment]::CurrentDirectory
try {
    [Environment]::CurrentDirectory = $d
    "changed: $([Environment]::CurrentDirectory -eq $d) $([IO.Directory]::GetCurrentDirectory() -eq $d)"
    [IO.File]::WriteAllText('relative.txt', 'here')
    "written under it: $([IO.File]::Exists("$d/relative.txt"))"
    "read back: $([IO.File]::ReadAllText('./relative.txt'))"
    "GetFullPath: $([IO.Path]::GetFullPath('sub/../x') -eq "$d/x")"
    "FileInfo: $([IO.FileInfo]::new('relative.txt').FullName -eq "$d/relative.txt")"
    "relative listing: $([IO.Directory]::GetFiles('.') -join ' ') $([IO.Directory]::GetDirectories('.') -join ' ')"
    [IO.Directory]::SetCurrentDirectory('sub')
    "SetCurrentDirectory relative: $([Environment]::CurrentDirectory -eq "$d/sub")"
    try { [Environment]::CurrentDirectory = "$d/missing" } catch { $_.Exception.InnerException.GetType().Name }
    "unchanged after the error: $([Environment]::CurrentDirectory -eq "$d/sub")"
} finally {
    [Environment]::CurrentDirectory = $saved
    [IO.Directory]::Delete($d, $true)
}
"restored: $([Environment]::CurrentDirectory -eq $saved)"
