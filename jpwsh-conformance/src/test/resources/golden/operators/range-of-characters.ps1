# A range whose ends are both characters ([char], or one-character strings that are not digits) is a range of [char], either way round and in pipelines too; '0'..'9' is a range of integers, as in pwsh 7.
('a'..'c')[0].GetType().Name
([char]'C'..[char]'A') -join ''
('x'..[char]'z') -join ','
([char]'a'..'c').Count
('0'..'3') -join ','
('0'..'3')[0].GetType().Name
'A'..'C' | ForEach-Object { "$_ is $($_.GetType().Name)" }
foreach ($c in [char]'p'..[char]'r') { $c }
