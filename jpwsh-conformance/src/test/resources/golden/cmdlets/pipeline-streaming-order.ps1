# Pipeline commands interleave: each item passes through all stages before the next one starts.
1..2 | ForEach-Object { "produce $_"; $_ } | ForEach-Object { if ($_ -is [int]) { "consume $_" } else { $_ } }
