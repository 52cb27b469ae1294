# [math] methods: Round rounds halves to even unless told otherwise; Floor, Ceiling, Truncate, Pow and Sqrt return doubles.
[math]::Round(2.5)
[math]::Round(3.5)
[math]::Round(2.567, 2)
[math]::Round(2.5, [MidpointRounding]::AwayFromZero)
[math]::Floor(-1.5)
[math]::Ceiling(1.2)
[math]::Truncate(-1.7)
[math]::Pow(2, 10)
[math]::Sqrt(16)
([math]::Sqrt(16)).GetType().Name
[math]::Abs(-3)
[math]::Max(2, 3.5)
[math]::Min(-1, 1)
