$names = [string[] @()
