# Select-Object -First, -Last, -Skip, -Index and -Unique pick items from the input.
(1..10 | Select-Object -First 3) -join ','
(1..10 | Select-Object -Last 2) -join ','
(1..10 | Select-Object -Skip 8) -join ','
(1..10 | Select-Object -Index 0, 4) -join ','
(1, 2, 2, 3, 1 | Select-Object -Unique) -join ','
