[int][ref]$total = 42
