# A name that is no command fails in command discovery, before the command's own redirections exist, so 2>$null does not hide it; its record names the invocation name but no command, and its category info has no activity
& { nosuchcmd-k18 2>$null } 2>&1 | ForEach-Object { "not hidden: $($_.FullyQualifiedErrorId)" }
$e = $Error[0]
"category info: $($e.CategoryInfo)"
"activity: [$($e.CategoryInfo.Activity)] reason: [$($e.CategoryInfo.Reason)] target: [$($e.CategoryInfo.TargetName)] type: [$($e.CategoryInfo.TargetType)]"
"my command is null: $($null -eq $e.InvocationInfo.MyCommand) invocation name: $($e.InvocationInfo.InvocationName)"
"exception: $($e.Exception.GetType().FullName) command name: $($e.Exception.CommandName)"
try { nosuchcmd-k18 -Flag } catch { "caught: $($_.CategoryInfo.Category) $($_.TargetObject)" }
