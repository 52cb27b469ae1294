# Get-Job lists thread jobs in the job table with their default Name Job<Id>, type ThreadJob and location PowerShell; the Command cell keeps the script block's own blanks, trailing one included
#! process: own
$j = Start-ThreadJob { 'x' }
$k = Start-ThreadJob { 'y' } -Name Named
$null = Wait-Job $j, $k
Get-Job
