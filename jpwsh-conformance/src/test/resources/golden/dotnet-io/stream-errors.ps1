# Careless use of streams, readers and encodings gets .NET's exceptions, never a Java one
$d = [IO.Path]::GetTempPath() + 'jpwsh-io-stream-errors-' + [guid]::NewGuid()
$null = [IO.Directory]::CreateDirectory($d)
function Show([scriptblock] $action) {
    try {
        $null = & $action
        'no error'
    } catch {
        $inner = $_.Exception.InnerException
        '{0}: {1}' -f $inner.GetType().FullName, $inner.Message.Replace($d, 'D')
    }
}
try {
    Show { [IO.StreamReader]::new("$d/missing.txt") }
    Show { [IO.StreamReader]::new($d) }
    Show { [IO.FileStream]::new($d, 'Open') }
    Show { [IO.StreamWriter]::new("$d/no/such/file.txt") }
    Show { [IO.FileStream]::new("$d/f.bin", 'Truncate') }
    Show { [IO.FileStream]::new("$d/f.bin", 'Create', 'Read') }
    $ms = [IO.MemoryStream]::new([byte[]](1, 2, 3))
    Show { $ms.Read([byte[]]::new(2), 1, 5) }
    Show { $ms.Read([byte[]]::new(2), -1, 1) }
    Show { $ms.Read($null, 0, 1) }
    Show { $ms.Position = -1 }
    Show { $ms.Seek(-10, 'Current') }
    $w = [IO.File]::OpenWrite("$d/w.bin")
    Show { [IO.BinaryReader]::new($w) }
    Show { [IO.StreamReader]::new($w) }
    $w.Close()
    Show { [IO.StreamWriter]::new([IO.MemoryStream]::new([byte[]](1), $false)) }
    $r = [IO.StreamReader]::new([IO.MemoryStream]::new())
    $r.Close()
    Show { $r.ReadLine() }
    $sw = [IO.StreamWriter]::new([IO.MemoryStream]::new())
    $sw.Dispose()
    Show { $sw.Write('x') }
    Show { [Text.Encoding]::UTF8.GetString($null) }
    Show { [Text.Encoding]::UTF8.GetString([byte[]](65, 66), 1, 5) }
    Show { [Text.Encoding]::UTF8.GetBytes([NullString]::Value) }
    Show { [IO.BinaryReader]::new([IO.MemoryStream]::new([byte[]](1, 2))).ReadInt64() }
    Show { [IO.Directory]::GetFiles($d, [NullString]::Value) }
    Show { [IO.FileInfo]::new([NullString]::Value) }
    Show { [IO.DirectoryInfo]::new('') }
    Show { [IO.File]::WriteAllBytes("$d/n.bin", $null) }
    "the folder is still usable: $([IO.Directory]::GetFiles($d).Count)"
} finally {
    [IO.Directory]::Delete($d, $true)
}
