# Adding hashtables merges their entries; a key present in both is an error.
$h = @{ a = 1 } + @{ b = 2 }
$h.Count
$h['a'] + $h['b']
try { $null = @{ a = 1 } + @{ a = 2 }; 'no error' } catch { 'duplicate key rejected' }
