# Casting a double to [int] rounds halves to the even neighbour (banker's rounding).
[int]0.5
[int]1.5
[int]2.5
[int]3.5
[int]-2.5
[int]2.6
