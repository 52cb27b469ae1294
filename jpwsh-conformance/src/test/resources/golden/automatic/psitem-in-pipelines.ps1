# $_ and $PSItem hold the current object in ForEach-Object, Where-Object, switch and catch.
1..3 | ForEach-Object { $_ * 10 }
1..4 | Where-Object { $PSItem % 2 -eq 0 }
switch (1, 2) { { $_ -gt 1 } { "big $_" } default { "small $_" } }
try { throw 'oops' } catch { $_.GetType().Name; "$_" }
