# A function shaped like seed 003's Invoke-ParallelProcessing collects piped items in process and reports result objects from end.
function Invoke-SequentialProcessing {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [object[]]$InputObject,
        [Parameter(Mandatory = $true)]
        [scriptblock]$ScriptBlock,
        [Parameter()]
        [int]$ThrottleLimit = 5,
        [Parameter()]
        [hashtable]$Parameters = @{}
    )
    begin {
        $Jobs = [System.Collections.Generic.List[object]]@()
        $Results = [System.Collections.Generic.List[object]]@()
    }
    process {
        foreach ($Item in $InputObject) {
            $Jobs.Add([PSCustomObject]@{
                Input = $Item
                StartTime = Get-Date
            })
        }
    }
    end {
        try {
            Write-Verbose "Processing $($Jobs.Count) jobs with $ThrottleLimit concurrent runspaces"
            foreach ($Job in $Jobs) {
                try {
                    $Result = & $ScriptBlock $Job.Input @Parameters
                    $Results.Add([PSCustomObject]@{
                        Input = $Job.Input
                        Result = $Result
                        Error = $null
                        Duration = (Get-Date) - $Job.StartTime
                        Status = "Success"
                    })
                }
                catch {
                    $Results.Add([PSCustomObject]@{
                        Input = $Job.Input
                        Result = $null
                        Error = $_.Exception.Message
                        Duration = (Get-Date) - $Job.StartTime
                        Status = "Exception"
                    })
                }
            }
        }
        finally {
            Write-Verbose "Parallel processing completed. $($Results.Count) results returned."
        }
        return $Results
    }
}
$results = 1..5 | Invoke-SequentialProcessing -ScriptBlock { param($num) if ($num -eq 4) { throw "bad $num" }; $num * $num }
$results.Count
($results | Where-Object Status -eq "Success").Result -join ','
($results | Where-Object Status -ne "Success").Error
$results[0].Duration.GetType().Name
$results[0].Duration.TotalMilliseconds -ge 0
$verbose = Invoke-SequentialProcessing -InputObject 7 -ScriptBlock { param($x) $x + 1 } -ThrottleLimit 2 -Verbose
$verbose.Result
try { Invoke-SequentialProcessing -InputObject 1 } catch { $_.FullyQualifiedErrorId }
