# switch -Wildcard, -Regex (setting $Matches) and -CaseSensitive change how clauses match.
switch -Wildcard ('apple') { 'a*' { 'starts with a' } '*e' { 'ends with e' } '*z*' { 'has z' } }
switch -Regex ('abc123') { '\d+' { "digits $($Matches[0])" } '^z' { 'z' } }
switch -CaseSensitive ('Hello') { 'hello' { 'lower' } 'Hello' { 'exact' } }
