# A non-terminating error for one pipeline item does not stop the others.
1..3 | ForEach-Object {
    if ($_ -eq 2) { Write-Error "bad $_" -ErrorAction SilentlyContinue } else { $_ }
}
