$files = Get-ChildItem
foreach ($f of $files) { $f.Name }
