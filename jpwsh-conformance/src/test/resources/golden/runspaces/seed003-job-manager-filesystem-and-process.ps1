# Seed 003, RunspaceJobManager: Get-ChildItem -Recurse | Measure-Object Length -Sum on /usr/share/doc and Get-Process | Where-Object CPU -gt 100, each a runspace pool job
# The manager's methods are functions over its state (jpwsh runs no class definitions yet), with the seed's bodies;
# the job record also carries EndTime and Duration, which GetJobResult sets, and the path is /usr/share/doc for C:\Windows (a tree small enough to list well within the test's limit under load).
function New-RunspaceJobManager([int]$MaxJobs) {
    $Manager = [PSCustomObject]@{
        Jobs = [System.Collections.Generic.Dictionary[string, object]]::new()
        RunspacePool = $null
        MaxConcurrentJobs = $MaxJobs
    }
    $ISS = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
    $Manager.RunspacePool = [runspacefactory]::CreateRunspacePool(1, $Manager.MaxConcurrentJobs, $ISS, $Host)
    $Manager.RunspacePool.Open()
    $Manager
}
function Start-ManagedJob($Manager, [scriptblock]$ScriptBlock, [hashtable]$Parameters, [string]$JobName) {
    if ([string]::IsNullOrEmpty($JobName)) { $JobName = "Job_$([guid]::NewGuid().ToString().Substring(0,8))" }
    if ($Manager.Jobs.ContainsKey($JobName)) { throw "Job with name '$JobName' already exists" }
    $PowerShell = [powershell]::Create()
    $PowerShell.RunspacePool = $Manager.RunspacePool
    [void]$PowerShell.AddScript($ScriptBlock)
    foreach ($ParamName in $Parameters.Keys) { [void]$PowerShell.AddParameter($ParamName, $Parameters[$ParamName]) }
    $AsyncResult = $PowerShell.BeginInvoke()
    $Manager.Jobs[$JobName] = [PSCustomObject]@{
        Name = $JobName; PowerShell = $PowerShell; AsyncResult = $AsyncResult; StartTime = Get-Date
        Status = "Running"; Result = $null; Error = $null; EndTime = $null; Duration = $null
    }
    return $JobName
}
function Get-ManagedJobResult($Manager, [string]$JobName) {
    if (-not $Manager.Jobs.ContainsKey($JobName)) { throw "Job '$JobName' not found" }
    $Job = $Manager.Jobs[$JobName]
    if ($Job.Status -eq "Running" -and $Job.AsyncResult.IsCompleted) {
        try {
            $Job.Result = $Job.PowerShell.EndInvoke($Job.AsyncResult)
            $Job.Status = "Completed"
            if ($Job.PowerShell.Streams.Error.Count -gt 0) {
                $Job.Error = $Job.PowerShell.Streams.Error | ForEach-Object { $_.ToString() }
                $Job.Status = "CompletedWithErrors"
            }
        } catch {
            $Job.Error = $_.Exception.Message
            $Job.Status = "Failed"
        } finally {
            $Job.EndTime = Get-Date
            $Job.Duration = $Job.EndTime - $Job.StartTime
        }
    }
    return $Job
}
function Get-ManagedJobs($Manager, [string[]]$Status) {
    foreach ($JobName in @($Manager.Jobs.Keys)) {
        $Job = Get-ManagedJobResult $Manager $JobName
        if ($Job.Status -in $Status) { $Job }
    }
}
function Wait-ManagedJob($Manager, [string]$JobName, [int]$TimeoutSeconds = 300) {
    $Job = $Manager.Jobs[$JobName]
    $TimeoutTime = (Get-Date).AddSeconds($TimeoutSeconds)
    while ($Job.AsyncResult.IsCompleted -eq $false -and (Get-Date) -lt $TimeoutTime) { Start-Sleep -Milliseconds 50 }
    if ((Get-Date) -ge $TimeoutTime) { throw "Job '$JobName' timed out after $TimeoutSeconds seconds" }
}
function Wait-AllManagedJobs($Manager, [int]$TimeoutSeconds = 300) {
    $TimeoutTime = (Get-Date).AddSeconds($TimeoutSeconds)
    do {
        $RunningJobs = @(Get-ManagedJobs $Manager "Running")
        if ($RunningJobs.Count -eq 0) { break }
        Start-Sleep -Milliseconds 50
    } while ((Get-Date) -lt $TimeoutTime)
    $StillRunning = @(Get-ManagedJobs $Manager "Running")
    if ($StillRunning.Count -gt 0) { throw "Timeout waiting for $($StillRunning.Count) jobs to complete" }
}
function Close-RunspaceJobManager($Manager) {
    foreach ($JobName in @($Manager.Jobs.Keys)) {
        $Job = $Manager.Jobs[$JobName]
        if ($Job.Status -eq "Running") { $Job.PowerShell.Stop() }
        $Job.PowerShell.Dispose()
        [void]$Manager.Jobs.Remove($JobName)
    }
    if ($Manager.RunspacePool) {
        $Manager.RunspacePool.Close()
        $Manager.RunspacePool.Dispose()
    }
}

$JobManager = New-RunspaceJobManager 5
try {
    $Job1 = Start-ManagedJob $JobManager {
        param($Seconds)
        Start-Sleep $Seconds
        return "Job completed after $Seconds seconds"
    } @{ Seconds = 1 } "LongRunningJob"
    $Job2 = Start-ManagedJob $JobManager {
        Get-Process | Where-Object CPU -gt 100 | Select-Object Name, CPU
    } @{} "ProcessJob"
    $Job3 = Start-ManagedJob $JobManager {
        param($Path)
        Get-ChildItem $Path -Recurse | Measure-Object Length -Sum
    } @{ Path = "/usr/share/doc" } "FileSystemJob"
    "Started: $(($Job1, $Job2, $Job3) -join ', ')"
    Wait-ManagedJob $JobManager "ProcessJob" 30
    $ProcessResult = Get-ManagedJobResult $JobManager "ProcessJob"
    "ProcessJob status: $($ProcessResult.Status)"
    "ProcessJob result is a collection: $($ProcessResult.Result -is [System.Collections.IEnumerable])"
    $shapes = @($ProcessResult.Result | ForEach-Object { $_.PSObject.Properties.Name -join ',' } | Sort-Object -Unique)
    "ProcessJob rows have only Name and CPU: $($shapes.Count -eq 0 -or ($shapes.Count -eq 1 -and $shapes[0] -eq 'Name,CPU'))"
    "ProcessJob rows all above 100 CPU: $(@($ProcessResult.Result | Where-Object { -not ($_.CPU -gt 100) }).Count -eq 0)"
    Wait-AllManagedJobs $JobManager 60
    foreach ($Job in Get-ManagedJobs $JobManager "Completed", "CompletedWithErrors", "Failed" | Sort-Object Name) {
        "Job '$($Job.Name)' - Status: $($Job.Status) - Duration is a TimeSpan: $($Job.Duration -is [timespan])"
    }
    $fs = (Get-ManagedJobResult $JobManager "FileSystemJob").Result
    "FileSystemJob gave $($fs.Count) result with Count and Sum: $(@($fs[0].PSObject.Properties.Name | Where-Object { $_ -in "Count", "Sum" }).Count -eq 2)"
    "Property: $($fs[0].Property); Count > 0: $($fs[0].Count -gt 0); Sum is a number > 0: $($fs[0].Sum -is [double] -and $fs[0].Sum -gt 0)"
    (Get-ManagedJobResult $JobManager "LongRunningJob").Result
} finally {
    Close-RunspaceJobManager $JobManager
}
"Jobs left after closing: $($JobManager.Jobs.Count)"
