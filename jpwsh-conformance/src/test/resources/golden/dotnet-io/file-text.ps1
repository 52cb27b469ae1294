# [System.IO.File] text methods: WriteAll*, AppendAll*, ReadAll*, ReadLines, line ends, byte order marks
$d = [IO.Path]::GetTempPath() + 'jpwsh-io-text-' + [guid]::NewGuid()
$null = [IO.Directory]::CreateDirectory($d)
try {
    $f = "$d/a.txt"
    [IO.File]::WriteAllText($f, "one`r`ntwo`rthree`nfour")
    $lines = [IO.File]::ReadAllLines($f)
    "lines: $($lines.Count) [$($lines -join '|')] $($lines.GetType().Name)"
    [IO.File]::AppendAllText($f, "`n")
    "after a final newline: $([IO.File]::ReadAllLines($f).Count)"
    [IO.File]::WriteAllLines($f, [string[]]('x', 'y'))
    "WriteAllLines: $(([IO.File]::ReadAllText($f)).Replace("`n", '\n'))"
    [IO.File]::AppendAllLines($f, [System.Collections.Generic.List[string]]@('z'))
    "AppendAllLines: $([IO.File]::ReadAllLines($f) -join ',')"
    [IO.File]::WriteAllLines($f, @(1, 2.5, 'w'))
    "numbers as text: $([IO.File]::ReadAllLines($f) -join ',')"
    $count = 0
    foreach ($line in [IO.File]::ReadLines($f)) { $count++ }
    "ReadLines: $count"
    [IO.File]::WriteAllText($f, 'héllo')
    "no BOM by default: $([IO.File]::ReadAllBytes($f).Length) bytes"
    [IO.File]::WriteAllText($f, 'héllo', [Text.Encoding]::UTF8)
    $bytes = [IO.File]::ReadAllBytes($f)
    "UTF8 writes a BOM: $($bytes.Length) bytes, first $($bytes[0])"
    "BOM not in the text: $([IO.File]::ReadAllText($f).Length)"
    [IO.File]::WriteAllText($f, 'hi', [Text.Encoding]::Unicode)
    "Unicode: $([IO.File]::ReadAllBytes($f) -join ',') reads back as '$([IO.File]::ReadAllText($f))'"
    [IO.File]::WriteAllText($f, 'hé', [Text.Encoding]::Latin1)
    "Latin1 read as Latin1: $([IO.File]::ReadAllText($f, [Text.Encoding]::Latin1))"
    [IO.File]::WriteAllText($f, $null)
    "null contents: $([IO.File]::Exists($f)) $([IO.File]::ReadAllBytes($f).Length)"
    [IO.File]::AppendAllText("$d/new.txt", 'created')
    "AppendAllText creates: $([IO.File]::ReadAllText("$d/new.txt"))"
} finally {
    [IO.Directory]::Delete($d, $true)
}
"cleaned: $([IO.Directory]::Exists($d))"
