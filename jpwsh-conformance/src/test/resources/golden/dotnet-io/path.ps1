# [System.IO.Path] on Linux: joining, splitting, full and relative paths, temporary folder from $env:TMPDIR
"Combine: $([IO.Path]::Combine('a', 'b')) $([IO.Path]::Combine('a/', 'b', 'c')) $([IO.Path]::Combine('a', '/root', 'c')) [$([IO.Path]::Combine('', 'b'))]"
"Combine of an array: $([IO.Path]::Combine([string[]]('x', 'y', 'z', 'w', 'v')))"
"Join: $([IO.Path]::Join('a', '/b')) $([IO.Path]::Join('a/', 'b')) $([IO.Path]::Join('', 'b'))"
"GetFileName: $([IO.Path]::GetFileName('/a/b.txt')) [$([IO.Path]::GetFileName('/a/'))] $([IO.Path]::GetFileName('plain'))"
"GetFileNameWithoutExtension: $([IO.Path]::GetFileNameWithoutExtension('/a/b.tar.gz')) $([IO.Path]::GetFileNameWithoutExtension('.bashrc'))"
"GetExtension: $([IO.Path]::GetExtension('b.tar.gz')) [$([IO.Path]::GetExtension('b.'))] [$([IO.Path]::GetExtension('/a.d/b'))] $([IO.Path]::GetExtension('.bashrc'))"
"HasExtension: $([IO.Path]::HasExtension('a.txt')) $([IO.Path]::HasExtension('a'))"
"ChangeExtension: $([IO.Path]::ChangeExtension('/a/b.txt', '.md')) $([IO.Path]::ChangeExtension('/a/b.txt', 'md')) $([IO.Path]::ChangeExtension('/a/b', 'md')) $([IO.Path]::ChangeExtension('/a/b.txt', [NullString]::Value))"
"GetDirectoryName: $([IO.Path]::GetDirectoryName('/a/b/c.txt')) $([IO.Path]::GetDirectoryName('/a')) [$([IO.Path]::GetDirectoryName('a'))] $($null -eq [IO.Path]::GetDirectoryName('/')) $([IO.Path]::GetDirectoryName('a/b/'))"
"GetPathRoot: $([IO.Path]::GetPathRoot('/a/b')) [$([IO.Path]::GetPathRoot('a/b'))]"
"IsPathRooted: $([IO.Path]::IsPathRooted('/a')) $([IO.Path]::IsPathRooted('a')) $([IO.Path]::IsPathFullyQualified('/a'))"
"GetFullPath: $([IO.Path]::GetFullPath('/a/b/../c/./d')) $([IO.Path]::GetFullPath('/a/b/')) $([IO.Path]::GetFullPath('x', '/base'))"
"GetRelativePath: $([IO.Path]::GetRelativePath('/a/b', '/a/c/d')) $([IO.Path]::GetRelativePath('/a', '/a')) $([IO.Path]::GetRelativePath('/a', '/a/b/c'))"
"separators: $([IO.Path]::DirectorySeparatorChar) $([IO.Path]::AltDirectorySeparatorChar) $([IO.Path]::PathSeparator)"
"invalid chars: $([IO.Path]::GetInvalidFileNameChars().Count) $([IO.Path]::GetInvalidPathChars().Count)"
"EndsInDirectorySeparator: $([IO.Path]::EndsInDirectorySeparator('/a/')) $([IO.Path]::TrimEndingDirectorySeparator('/a/')) $([IO.Path]::TrimEndingDirectorySeparator('/'))"
$random = [IO.Path]::GetRandomFileName()
"GetRandomFileName: $($random -match '^[a-z0-9]{8}\.[a-z0-9]{3}$')"
$saved = $env:TMPDIR
try {
    $env:TMPDIR = '/var/tmp'
    "TMPDIR: $([IO.Path]::GetTempPath())"
    $env:TMPDIR = '/var/tmp/'
    "TMPDIR with a slash: $([IO.Path]::GetTempPath())"
    $env:TMPDIR = $null
    "no TMPDIR: $([IO.Path]::GetTempPath())"
} finally {
    $env:TMPDIR = $saved
}
$temp = [IO.Path]::GetTempFileName()
"GetTempFileName: $([IO.File]::Exists($temp)) $([IO.File]::ReadAllBytes($temp).Length) $([IO.Path]::GetExtension($temp)) $($temp.StartsWith([IO.Path]::GetTempPath()))"
[IO.File]::Delete($temp)
"Exists: $([IO.Path]::Exists('/')) $([IO.Path]::Exists('/no/such/thing'))"
try { [IO.Path]::GetFullPath('') } catch { $_.Exception.InnerException.Message }
try { [IO.Path]::GetFullPath('x', 'relative') } catch { $_.Exception.InnerException.Message }
try { [IO.Path]::Combine('a', [NullString]::Value) } catch { $_.Exception.InnerException.Message }
