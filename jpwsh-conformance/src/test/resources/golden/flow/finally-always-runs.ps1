# finally runs after a normal end, after a caught error, and when a loop is left with break.
try { 'body' } finally { 'finally 1' }
try { throw 'x' } catch { 'caught' } finally { 'finally 2' }
foreach ($i in 1..3) { try { if ($i -eq 2) { break } } finally { "finally for $i" } }
