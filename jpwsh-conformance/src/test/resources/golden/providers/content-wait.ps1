# Get-Content -Wait goes on writing what is appended to the file until the pipeline stops (Select-Object -First, -TotalCount, or Stop)
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory $root
$log = Join-Path $root 'log.txt'
Set-Content -LiteralPath $log -Value 'one', 'two'
# each line read appends the next one, so the file grows while Get-Content waits on it
$next = @{ one = 'x'; two = 'three'; three = 'four'; four = 'five' }
Get-Content -LiteralPath $log -Wait | ForEach-Object {
    $_
    if ($next[$_] -and $_ -ne 'one') { Add-Content -LiteralPath $log -Value $next[$_] }
} | Select-Object -First 4
'--- tail'
Get-Content -LiteralPath $log -Wait -Tail 1 | ForEach-Object {
    $_
    Add-Content -LiteralPath $log -Value "after $_"
} | Select-Object -First 3
'--- total count'
Get-Content -LiteralPath $log -Wait -TotalCount 2
'--- bytes'
Get-Content -LiteralPath $log -Wait -AsByteStream | Select-Object -First 3
'--- stopped'
$ps = [powershell]::Create().AddScript("Get-Content -LiteralPath '$log' -Wait")
$handle = $ps.BeginInvoke()
Start-Sleep -Milliseconds 300
$ps.Stop()
$ps.InvocationStateInfo.State
$ps.Streams.Error.Count
$ps.Dispose()
if ($root) { Remove-Item -LiteralPath $root -Recurse }
