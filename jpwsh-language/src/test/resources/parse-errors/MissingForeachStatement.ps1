foreach ($n in 1..3)
    Write-Output $n
