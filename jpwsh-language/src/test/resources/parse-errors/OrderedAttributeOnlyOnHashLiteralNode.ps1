$list = [ordered]@(1, 2, 3)
