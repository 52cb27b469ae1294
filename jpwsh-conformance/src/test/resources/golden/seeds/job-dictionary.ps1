# Jobs kept in a Dictionary[string, object] by name, as seed 003's job manager does, reject duplicate names.
$Jobs = [System.Collections.Generic.Dictionary[string, object]]::new()
function Start-NamedJob([string]$JobName, [int]$Seconds) {
    if ([string]::IsNullOrEmpty($JobName)) { $JobName = "Job_$($Jobs.Count)" }
    if ($Jobs.ContainsKey($JobName)) { throw "Job with name '$JobName' already exists" }
    $Jobs[$JobName] = [PSCustomObject]@{ Name = $JobName; Status = "Running"; Result = $null; Seconds = $Seconds }
    return $JobName
}
Start-NamedJob -JobName 'LongRunningJob' -Seconds 5
Start-NamedJob -JobName '' -Seconds 1
try { Start-NamedJob -JobName 'LongRunningJob' } catch { $_.Exception.Message }
foreach ($JobName in $Jobs.Keys) {
    $Job = $Jobs[$JobName]
    $Job.Result = "Job completed after $($Job.Seconds) seconds"
    $Job.Status = "Completed"
}
$Jobs.Values | ForEach-Object { "$($_.Name) - Status: $($_.Status) - $($_.Result)" }
