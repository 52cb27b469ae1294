# Statements like if, switch and loops produce values that can be assigned.
$kind = if (5 -gt 3) { 'yes' } else { 'no' }
$kind
$squares = foreach ($i in 1..3) { $i * $i }
$squares -join ','
$doubled = for ($i = 1; $i -le 3; $i++) { $i * 2 }
$doubled -join ','
