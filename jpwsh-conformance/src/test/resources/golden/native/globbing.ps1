# On Unix pwsh expands wildcards and ~ in the words it passes to a native program unless they are quoted strings,
# relative to the current location and in name order; a word that matches nothing is passed as written.
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-glob-" + [guid]::NewGuid())
if (-not $dir.Contains("jpwsh-glob-")) { throw "no folder" }
$null = New-Item -ItemType Directory -Path $dir
$null = New-Item -ItemType Directory -Path "$dir/sub"
foreach ($name in 'b.txt', 'a.txt', 'C.txt', 'c.log', '.hidden.txt', 'sub/x.txt') { Set-Content "$dir/$name" x }
Push-Location $dir
try {
    /bin/echo *.txt
    /bin/echo '*.txt' "*.txt"
    /bin/echo *.none
    /bin/echo sub/*.txt [ab].txt
    $pattern = '*.log'
    /bin/echo $pattern
    $list = 'sub/*', 'none*'
    /bin/echo $list
    (/bin/echo $dir/*.log) -eq "$dir/c.log"
    (/bin/echo ~) -eq $HOME
    (/bin/echo ~/x) -eq "$HOME/x"
    /bin/echo '~' "~/x" x~
} finally {
    Pop-Location
    Remove-Item -LiteralPath $dir -Recurse -Force
}
