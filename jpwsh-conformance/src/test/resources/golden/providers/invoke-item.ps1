# Invoke-Item on Linux hands a document to xdg-open from the session's PATH: without one it is an error, never a launch
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $root
$savedPath = $env:PATH
try {
    Set-Content -Path "$root/doc.txt" -Value 'text'
    $env:PATH = $root
    Invoke-Item -LiteralPath "$root/doc.txt" -ErrorVariable ev -ErrorAction SilentlyContinue
    "errors: $($ev.Count)"
    $ev[0].FullyQualifiedErrorId
    $ev[0].Exception.Message -replace [regex]::Escape($root), 'ROOT' -replace "working directory '[^']*'", "working directory 'DIR'"
    ii "$root/missing.txt" -ErrorAction SilentlyContinue -ErrorVariable ev2
    $ev2[0].FullyQualifiedErrorId
    Invoke-Item -Path "$root/nomatch*.txt"
    "no match, no error: $($?)"
    Invoke-Item -Path Env:PATH -ErrorAction SilentlyContinue -ErrorVariable ev3
    $ev3[0].FullyQualifiedErrorId
} finally {
    $env:PATH = $savedPath
    if ($root -and (Test-Path -LiteralPath $root)) { Remove-Item -LiteralPath $root -Recurse -Force }
}
