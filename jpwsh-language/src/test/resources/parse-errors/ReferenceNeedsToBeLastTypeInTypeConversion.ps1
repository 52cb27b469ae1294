$count = 0
Set-Count -Ref ([int][ref]$count)
