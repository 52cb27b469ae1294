# ForEach-Object -Parallel runs its tasks in runspaces named PSTask:<n>, at most -ThrottleLimit of them, reused
# between tasks, and disposes them all when it ends; -UseNewRunspace gives each task a runspace of its own.
#! process: own
$before = @(Get-Runspace).Count
$names = 1..6 | ForEach-Object -Parallel {
    [runspace]::DefaultRunspace.Name
} -ThrottleLimit 2
"task runspaces used: $(@($names | Sort-Object -Unique).Count)"
"all named PSTask: $(@($names | Where-Object { $_ -notlike 'PSTask:*' }).Count -eq 0)"
"runspaces before: $before, after: $(@(Get-Runspace).Count)"
$fresh = 1..4 | ForEach-Object -Parallel { [runspace]::DefaultRunspace.Id } -ThrottleLimit 2 -UseNewRunspace
"with -UseNewRunspace, distinct runspaces: $(@($fresh | Sort-Object -Unique).Count)"
"runspaces at the end: $(@(Get-Runspace).Count)"
