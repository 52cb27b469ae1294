# ForEach-Object runs -Begin once, -Process per item and -End once; positional blocks map the same way.
1..3 | ForEach-Object -Begin { 'start' } -Process { $_ * 2 } -End { 'finish' }
1..2 | ForEach-Object { 'b' } { $_ } { 'e' }
