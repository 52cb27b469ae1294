# Write-Information records carry their tags and message data; Write-Host also writes to stream 6, tagged PSHOST.
$record = Write-Information -MessageData 'tagged' -Tags 'alpha', 'beta' 6>&1
$record.Tags -join ','
$record.MessageData
"$record"
$hostRecord = Write-Host 'from host' 6>&1
$hostRecord.GetType().Name
$hostRecord.Tags
"$hostRecord"
