# switch compares case-insensitively, runs every matching clause, and falls back to default.
switch ('apple') { 'APPLE' { 'matched' } 'a*' { 'not a wildcard here' } }
switch (3) { 3 { 'three' } { $_ -gt 2 } { 'more than two' } default { 'other' } }
switch (9) { 1 { 'one' } default { 'default' } }
$r = switch ('b') { 'a' { 1 } 'b' { 2 } }
$r
