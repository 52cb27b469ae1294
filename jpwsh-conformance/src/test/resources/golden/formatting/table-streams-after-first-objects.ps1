# Out-Default holds a new table's first rows back for 300 ms to size its columns, then prints rows as they come: host text written meanwhile appears first.
1..3 | ForEach-Object {
    [pscustomobject]@{ A = $_ }
    if ($_ -eq 1) { Start-Sleep -Milliseconds 500 }
    Write-Host "after $_"
}
