# Write-Information is silent by default and prints its message as-is when its action is Continue.
Write-Information 'hidden'
Write-Information 'shown' -InformationAction Continue
$InformationPreference = 'Continue'
Write-Information 'also shown'
$record = Write-Information 'captured' 6>&1
$record.GetType().Name
$record.MessageData
