# Get-Unique drops each input equal to the one before it, by value (case-sensitive), by text (-AsString) or by type (-OnType)
(1, 1, 2, 2, 'a', 'A', 'a' | Get-Unique) -join ','
(1, 1, 2, 'a', 'A' | Get-Unique -CaseInsensitive) -join ','
(1, '1', 2 | Get-Unique -AsString) -join ','
(1, 2, 'a', 'b', 3 | Get-Unique -OnType) -join ','
(1, 1, 3 | gu) -join ','
(1, 2, 1 | Get-Unique) -join ','
