# Downloads -Uri to -Path with Invoke-WebRequest -OutFile and prints the size, time and throughput; the content
# streams to disk, so memory does not grow with the download.
param([string]$Uri, [string]$Path)
$clock = [System.Diagnostics.Stopwatch]::StartNew()
Invoke-WebRequest -Uri $Uri -OutFile $Path
$seconds = $clock.Elapsed.TotalSeconds
$size = (Get-Item -LiteralPath $Path).Length
"downloaded $([math]::Round($size / 1MB)) MB in $([math]::Round($seconds, 1)) s: $([math]::Round($size / 1MB / $seconds)) MB/s"
