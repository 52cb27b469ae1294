# return in a ForEach-Object script block ends only that item's run, like continue.
1..4 | ForEach-Object { if ($_ -eq 2) { return }; $_ }
