# Write-Progress in a runspace: each record lands in Streams.Progress (a host-less runspace shows nothing),
# $ProgressPreference = 'SilentlyContinue' drops them, and Streams.Progress keeps them across invocations.
$ps = [powershell]::Create().AddScript({
    foreach ($i in 1..3) {
        Write-Progress -Activity 'Copying' -Status "file $i of 3" -PercentComplete ($i * 100 / 3) -Id 1
    }
    Write-Progress -Activity 'Copying' -Id 1 -Completed
    $ProgressPreference = 'SilentlyContinue'
    Write-Progress -Activity 'Hidden' -Status 'never seen'
    'done'
})
$ps.Invoke()
$ps.Streams.Progress | ForEach-Object { '{0} | {1} | {2} | {3}' -f $_.Activity, $_.StatusDescription, $_.PercentComplete, $_.RecordType }
$first = $ps.Streams.Progress[0]
"type: $($first.GetType().FullName); parent $($first.ParentActivityId); seconds $($first.SecondsRemaining)"
"as text: $first"

# AddScript runs in the global scope, so the first invocation's $ProgressPreference stays: the second adds none.
$null = $ps.Invoke()
"after a second invocation: $($ps.Streams.Progress.Count)"
$ps.Streams.ClearStreams()
"after ClearStreams: $($ps.Streams.Progress.Count)"

# Without an activity, only -Completed is allowed: a statement-terminating error inside the script.
$bad = [powershell]::Create().AddScript('Write-Progress -Status x; "went on"')
$bad.Invoke()
$bad.Streams.Error | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" }
$ps.Dispose(); $bad.Dispose()
