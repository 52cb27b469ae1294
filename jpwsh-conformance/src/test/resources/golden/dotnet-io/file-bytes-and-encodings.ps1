# [System.Text.Encoding]: UTF8 with and without BOM, Unicode, UTF32, ASCII, Latin1, GetEncoding; File byte arrays
"UTF8 preamble: $([Text.Encoding]::UTF8.GetPreamble() -join ',')"
"new UTF8Encoding(false) preamble: $([Text.UTF8Encoding]::new($false).GetPreamble().Length)"
"new UTF8Encoding(true) preamble: $([Text.UTF8Encoding]::new($true).GetPreamble().Length)"
"Default preamble: $([Text.Encoding]::Default.GetPreamble().Length)"
"Unicode: $([Text.Encoding]::Unicode.GetBytes('Aé') -join ',') preamble $([Text.Encoding]::Unicode.GetPreamble() -join ',')"
"BigEndianUnicode: $([Text.Encoding]::BigEndianUnicode.GetBytes('A') -join ',')"
"UTF32: $([Text.Encoding]::UTF32.GetBytes('A') -join ',')"
"UTF8 bytes: $([Text.Encoding]::UTF8.GetBytes('é€') -join ',')"
"ASCII replaces: $([Text.Encoding]::ASCII.GetBytes('aé') -join ',') and '$([Text.Encoding]::ASCII.GetString([byte[]](72, 200)))'"
"Latin1: $([Text.Encoding]::Latin1.GetBytes('é') -join ',')"
"GetString range: $([Text.Encoding]::UTF8.GetString([byte[]](65, 66, 67, 68), 1, 2))"
"byte count: $([Text.Encoding]::UTF8.GetByteCount('é€'))"
$bytes = [Text.Encoding]::UTF8.GetBytes('hi')
"type: $($bytes.GetType().FullName) element $($bytes[0].GetType().Name)"
foreach ($name in 'utf-8', 'utf-16', 'utf-16BE', 'utf-32', 'us-ascii', 'iso-8859-1') {
    $e = [Text.Encoding]::GetEncoding($name)
    "$name -> $($e.WebName) $($e.CodePage) $($e.EncodingName)"
}
"by code page: $([Text.Encoding]::GetEncoding(1200).WebName)"
"equal: $([Text.Encoding]::GetEncoding('utf-8').Equals([Text.Encoding]::UTF8))"
try { [Text.Encoding]::GetEncoding('no-such-encoding') } catch { $_.Exception.InnerException.GetType().Name + ': ' + $_.Exception.InnerException.Message }
try { [Text.Encoding]::GetEncoding(1234) } catch { $_.Exception.InnerException.GetType().Name }
"base64: $([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('hello')))"
"from base64: $([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('aGVsbG8=')))"
$d = [IO.Path]::GetTempPath() + 'jpwsh-io-bytes-' + [guid]::NewGuid()
$null = [IO.Directory]::CreateDirectory($d)
try {
    [IO.File]::WriteAllBytes("$d/b.bin", [byte[]](0, 127, 128, 255))
    "bytes back: $([IO.File]::ReadAllBytes("$d/b.bin") -join ',')"
    [IO.File]::WriteAllBytes("$d/c.bin", @(104, 105))
    "from an object array: $([IO.File]::ReadAllText("$d/c.bin"))"
    [IO.File]::WriteAllBytes("$d/e.bin", [byte[]]@())
    "empty: $([IO.File]::ReadAllBytes("$d/e.bin").Length)"
    [IO.File]::WriteAllBytes("$d/bom.txt", [byte[]](0xEF, 0xBB, 0xBF, 0x41))
    "BOM skipped: $([IO.File]::ReadAllText("$d/bom.txt").Length)"
    [IO.File]::WriteAllBytes("$d/u16.txt", [byte[]](0xFF, 0xFE, 0x41, 0))
    "UTF-16 detected: $([IO.File]::ReadAllText("$d/u16.txt"))"
} finally {
    [IO.Directory]::Delete($d, $true)
}
