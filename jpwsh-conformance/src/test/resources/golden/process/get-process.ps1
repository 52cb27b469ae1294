# Get-Process reads the running processes: the current one by -Id, its members and pwsh's aliases for them, -Name
# with wildcards (no match is no error), the NoProcessFoundForGivenName and NoProcessFoundForGivenId errors, the gps
# alias, the default table's header and the one of -IncludeUserName.
$p = Get-Process -Id $PID
$p.GetType().FullName
"id matches: $($p.Id -eq $PID), name alias: $($p.Name -eq $p.ProcessName), named: $($p.ProcessName.Length -gt 0)"
"memory: $($p.WorkingSet64 -gt 0) $($p.WS -gt 0) $($p.VirtualMemorySize64 -gt 0)"
"cpu is a double: $($p.CPU -is [double]), threads: $($p.Threads.Count -ge 1), handles: $($p.Handles -ge 0)"
"started before now: $($p.StartTime -is [datetime] -and $p.StartTime -le (Get-Date))"
"path and command line: $($p.Path.Length -gt 0) $($p.CommandLine.Length -gt 0), exited: $($p.HasExited)"
"by name: $(@(Get-Process -Name $p.ProcessName).Id -contains $PID)"
"wildcard: $(@(Get-Process -Name ($p.ProcessName.Substring(0, 1) + '*')).Id -contains $PID)"
"no wildcard match: $(@(Get-Process -Name 'no-such-process-*').Count)"
"gps: $((gps -Id $PID).Id -eq $PID)"
Get-Process -Name 'no-such-process', 'nor-this-one' -ErrorAction SilentlyContinue -ErrorVariable missing
foreach ($e in $missing) { "$($e.FullyQualifiedErrorId) [$($e.CategoryInfo.Category)] $($e.TargetObject): $e" }
try {
    Get-Process -Id 4194305 -ErrorAction Stop
} catch {
    "$($_.FullyQualifiedErrorId): $_"
    $_.Exception.GetType().FullName
}
$lines = (Get-Process -Id $PID | Out-String).Split("`n")
$lines[1].TrimEnd()
$lines[2].TrimEnd()
"user name: $((Get-Process -Id $PID -IncludeUserName).UserName.Length -gt 0)"
$lines = (Get-Process -Id $PID -IncludeUserName | Out-String).Split("`n")
$lines[1].TrimEnd()
