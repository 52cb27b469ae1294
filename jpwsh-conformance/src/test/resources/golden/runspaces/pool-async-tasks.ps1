# Seed 002 (Powershell Runspaces, runspace pool framework): twenty scripts with parameters run on a pool of 1 to 10 runspaces and are collected with EndInvoke as they complete
#Create an Array List to Track Jobs
$Runspaces = [System.Collections.ArrayList]::new()

#Create the Runspace Pool
$SessionState = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
$RunspacePool = [runspacefactory]::CreateRunspacePool(
   1, #Min Runspaces
   10, #Max Runspaces
   $SessionState, #Initial Session State
   $host #System.Management.Automation.Host.PSHost
)
$RunspacePool.Open()
"pool: $($RunspacePool.RunspacePoolStateInfo.State), min $($RunspacePool.GetMinRunspaces()), max $($RunspacePool.GetMaxRunspaces())"

# The seed waits a random 1-10 seconds; here each task waits a few milliseconds that depend on its number,
# and reports its number instead of its thread id, so that the output does not depend on timing.
1..20 | ForEach-Object {
   #Define the Script and Params
   $Params = @{
      Task = $_
      Seconds = ($_ * 7) % 10 + 1
   }
   $Script = {
      [CmdletBinding()]
      Param(
         $Task,
         $Seconds
      )
      $ThreadID = [System.AppDomain]::GetCurrentThreadId()
      Write-Output "Starting task $Task (thread id is a number: $($ThreadID -is [int]))"
      Start-Sleep -Milliseconds ($Seconds * 10)
      Write-Output "Ending task $Task after $Seconds seconds"
   }

   #Create Powershell Instance for your job
   $PowerShell = [System.Management.Automation.PowerShell]::Create()
   $PowerShell.RunspacePool = $RunspacePool
   [Void]$PowerShell.AddScript($Script).AddParameters($Params)

   #Invoke Async and Track
   [Void]$Runspaces.Add([PSCustomObject]@{
      Runspace = $PowerShell.BeginInvoke()
      PowerShell = $PowerShell
   })
}
"tracked: $($Runspaces.Count)"

#Retreive output and cleanup as jobs complete
$Output = [System.Collections.Generic.List[string]]::new()
Do {
   $More = $false
   $CompletedRunspaces = [System.Collections.ArrayList]::new()
   $Runspaces | Where-Object -FilterScript {$_.Runspace.isCompleted} | ForEach-Object {
      foreach ($Line in $_.Powershell.EndInvoke($_.Runspace)) { $Output.Add($Line) }
      $_.Powershell.Dispose()
      [Void]$CompletedRunspaces.Add($_)
   }
   $CompletedRunspaces | ForEach-Object {
      [Void]$Runspaces.Remove($_)
   }
   If ($Runspaces.Count -gt 0) {
      $More = $True
      Start-Sleep -Milliseconds 100
   }
}
While ($More)

"left: $($Runspaces.Count), lines: $($Output.Count)"
$Output | Sort-Object { [int]($_ -split ' ')[2] }, { $_ -notlike 'Starting*' }
$RunspacePool.Close()
$RunspacePool.Dispose()
"pool: $($RunspacePool.RunspacePoolStateInfo.State)"
