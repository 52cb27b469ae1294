# A StreamReader.ReadLine loop and File.ReadLines read a large file a line at a time; ReadLines stops early
$d = [IO.Path]::GetTempPath() + 'jpwsh-io-large-' + [guid]::NewGuid()
$null = [IO.Directory]::CreateDirectory($d)
try {
    $f = "$d/large.txt"
    $w = [IO.StreamWriter]::new($f)
    $line = 'x' * 100
    for ($i = 0; $i -lt 50000; $i++) { $w.WriteLine($line) }
    $w.Close()
    "size: $([IO.FileInfo]::new($f).Length)"
    $r = [IO.StreamReader]::new($f)
    $count = 0
    $chars = 0
    while (-not $r.EndOfStream) {
        $chars += $r.ReadLine().Length
        $count++
    }
    $r.Dispose()
    "ReadLine loop: $count lines, $chars characters"
    $seen = 0
    foreach ($l in [IO.File]::ReadLines($f)) {
        $seen++
        if ($seen -eq 3) { break }
    }
    "ReadLines stopped after $seen"
    [IO.File]::Delete($f)
    "deleted while nothing holds it: $([IO.File]::Exists($f))"
} finally {
    [IO.Directory]::Delete($d, $true)
}
