# ConvertTo-Json lays JSON out as pwsh does: two-space indentation, "name": value, [] and {} when empty, one element per line
[pscustomobject]@{ Name = 'a'; Count = 2; Tags = @('x', 'y'); Empty = @(); None = @{}; Nested = [ordered]@{ Inner = 1 } } | ConvertTo-Json
'--- compressed'
[pscustomobject]@{ Name = 'a'; Tags = @('x', 'y'); None = @{} } | ConvertTo-Json -Compress
'--- pipeline input becomes one array'
1, 'two', $null | ConvertTo-Json
'--- a single object stays an object unless -AsArray'
[ordered]@{ a = 1 } | ConvertTo-Json -Compress
[ordered]@{ a = 1 } | ConvertTo-Json -Compress -AsArray
'--- -InputObject takes an array as one value'
ConvertTo-Json -InputObject @(1, @(2, 3)) -Compress
ConvertTo-Json -InputObject @() -Compress
'--- ordered dictionaries keep their order'
[ordered]@{ z = 1; a = 2; m = 3 } | ConvertTo-Json -Compress
'--- nothing piped writes nothing'
@() | ConvertTo-Json
(@() | ConvertTo-Json) -eq $null
