# 2>&1 sends error records into the output stream, where they can be inspected as objects.
$r = Write-Error 'as output' 2>&1
$r.GetType().Name
"$r"
$all = & { 'out'; Write-Error 'err' } 2>&1
$all.Count
$all | ForEach-Object { "$($_.GetType().Name): $_" }
