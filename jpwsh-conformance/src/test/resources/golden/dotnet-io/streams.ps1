# FileStream, MemoryStream, StreamReader/StreamWriter and BinaryReader/BinaryWriter as .NET has them
$d = [IO.Path]::GetTempPath() + 'jpwsh-io-streams-' + [guid]::NewGuid()
$null = [IO.Directory]::CreateDirectory($d)
try {
    $fs = [IO.FileStream]::new("$d/data.bin", [IO.FileMode]::Create)
    "new FileStream: $($fs.CanRead) $($fs.CanWrite) $($fs.CanSeek) $($fs.Length) $($fs.Name -eq "$d/data.bin")"
    $fs.Write([byte[]](10, 20, 30, 40, 50), 1, 3)
    $fs.WriteByte(60)
    "after writing: length $($fs.Length) position $($fs.Position)"
    $null = $fs.Seek(0, [IO.SeekOrigin]::Begin)
    $buffer = [byte[]]::new(10)
    $read = $fs.Read($buffer, 0, 10)
    "read $read bytes: $($buffer[0..($read - 1)] -join ',')"
    "ReadByte at the end: $($fs.ReadByte())"
    "Seek from the end: $($fs.Seek(-1, 'End')) then $($fs.ReadByte())"
    $fs.SetLength(2)
    "SetLength: $($fs.Length)"
    $fs.Close()
    try { $fs.ReadByte() } catch { $_.Exception.InnerException.GetType().Name + ': ' + $_.Exception.InnerException.Message }
    $ro = [IO.File]::OpenRead("$d/data.bin")
    "OpenRead: $($ro.CanRead) $($ro.CanWrite)"
    try { $ro.WriteByte(1) } catch { $_.Exception.InnerException.GetType().Name + ': ' + $_.Exception.InnerException.Message }
    $ro.Dispose()
    $ap = [IO.FileStream]::new("$d/data.bin", 'Append', 'Write')
    "Append starts at the end: $($ap.Position)"
    $ap.Dispose()

    $w = [IO.StreamWriter]::new("$d/text.txt")
    $w.WriteLine('first')
    $w.Write(42)
    $w.Write(' and ')
    $w.WriteLine(1.5)
    $w.WriteLine()
    $w.Close()
    $r = [IO.StreamReader]::new("$d/text.txt")
    "Peek: $([char]$r.Peek())"
    $n = 0
    while ($null -ne ($line = $r.ReadLine())) { $n++; "line ${n}: [$line]" }
    "EndOfStream: $($r.EndOfStream) ReadLine at the end: $($null -eq $r.ReadLine()) Read: $($r.Read())"
    $r.Close()
    $a = [IO.StreamWriter]::new("$d/text.txt", $true)
    $a.Write('appended')
    $a.Dispose()
    "appended: $([IO.File]::ReadAllLines("$d/text.txt")[-1])"
    $bomWriter = [IO.StreamWriter]::new("$d/bom.txt", $false, [Text.Encoding]::UTF8)
    $bomWriter.Write('x')
    $bomWriter.Close()
    "StreamWriter with UTF8: $([IO.File]::ReadAllBytes("$d/bom.txt") -join ',')"
    $br = [IO.StreamReader]::new("$d/bom.txt")
    "StreamReader skips the BOM: $($br.ReadToEnd().Length) $($br.CurrentEncoding.WebName)"
    $br.Close()
    $u = [IO.StreamReader]::new([IO.MemoryStream]::new([byte[]](0xFF, 0xFE, 0x41, 0, 0x42, 0)))
    "UTF-16 detected: $($u.ReadToEnd()) $($u.CurrentEncoding.WebName)"

    $ms = [IO.MemoryStream]::new()
    $bw = [IO.BinaryWriter]::new($ms)
    $bw.Write([int]-2)
    $bw.Write([long]1)
    $bw.Write([byte]255)
    $bw.Write($true)
    $bw.Write([double]0.5)
    $bw.Write('hé')
    $bw.Flush()
    "MemoryStream: length $($ms.Length) bytes $($ms.ToArray()[0..3] -join ',')"
    $ms.Position = 0
    $rd = [IO.BinaryReader]::new($ms)
    "BinaryReader: $($rd.ReadInt32()) $($rd.ReadInt64()) $($rd.ReadByte()) $($rd.ReadBoolean()) $($rd.ReadDouble()) $($rd.ReadString())"
    try { $rd.ReadInt32() } catch { $_.Exception.InnerException.GetType().Name + ': ' + $_.Exception.InnerException.Message }
    $fixed = [IO.MemoryStream]::new([byte[]](1, 2, 3))
    "over bytes: $($fixed.Length) $($fixed.ReadByte())"
    try { $fixed.Write([byte[]](1, 2, 3, 4), 0, 4) } catch { $_.Exception.InnerException.GetType().Name + ': ' + $_.Exception.InnerException.Message }
    $copy = [IO.MemoryStream]::new()
    $fixed.Position = 0
    $fixed.CopyTo($copy)
    "CopyTo: $($copy.ToArray() -join ',')"
} finally {
    [IO.Directory]::Delete($d, $true)
}
