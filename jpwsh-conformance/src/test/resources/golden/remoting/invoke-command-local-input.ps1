# Piped input reaches a local Invoke-Command block: per object as $_ in its process block, or all at once as $input
1, 2, 3 | Invoke-Command { process { $_ * 10 } }
1, 2, 3 | Invoke-Command { begin { 'begin' } process { "p$_" } end { 'end' } }
'a', 'b' | Invoke-Command { "got $(@($input).Count): $($input -join ',')" }
1..4 | Invoke-Command { ($input | Measure-Object -Sum).Sum }
Invoke-Command -InputObject 5 { $input }
