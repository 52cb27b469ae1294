# ConvertTo-Json | ConvertFrom-Json round trips keep what pwsh keeps: names, order, strings, Int64 numbers, doubles, booleans, nulls, nesting, UTC dates
function Test-RoundTrip($name, $value, $depth = 10) {
    $json = ConvertTo-Json -InputObject $value -Depth $depth -Compress
    $back = $json | ConvertFrom-Json -NoEnumerate
    $again = ConvertTo-Json -InputObject $back -Depth $depth -Compress
    '{0}: {1} {2}' -f $name, ($json -ceq $again), $json
}
Test-RoundTrip 'custom object' ([pscustomobject]@{ Name = 'x'; Count = 3; Ratio = 0.25; On = $true; Off = $null })
Test-RoundTrip 'hashtable' ([ordered]@{ b = 1; a = @(1, 2, 3) })
Test-RoundTrip 'nested' ([pscustomobject]@{ L1 = [pscustomobject]@{ L2 = @([pscustomobject]@{ L3 = 'deep' }) } })
Test-RoundTrip 'array of mixed' @(1, 'two', 3.5, $false, $null, @(), @{})
Test-RoundTrip 'strings' ([pscustomobject]@{ s = "quote`" tab`t line`n uni $([char]0xe9)" })
Test-RoundTrip 'utc date' ([datetime]::SpecifyKind([datetime]::new(2020, 2, 29, 23, 59, 58), 'Utc'))
Test-RoundTrip 'unspecified date' ([datetime]::new(2020, 2, 29, 23, 59, 58))
Test-RoundTrip 'big integer' 123456789012345678901234567890n
Test-RoundTrip 'empty object' ([pscustomobject]@{})
'--- what changes: Int32 becomes Int64, an ordered dictionary a custom object, a GUID a string, an enum its number'
$back = [pscustomobject]@{ n = 1; g = [guid]'0f8fad5b-d9cb-469f-a165-70867728950e'; e = [System.DayOfWeek]::Friday; d = [ordered]@{ k = 'v' } } |
    ConvertTo-Json | ConvertFrom-Json
$back.n.GetType().Name
$back.g.GetType().Name
$back.e
$back.d.GetType().Name
'--- -AsHashtable gives hashtables back'
$h = @{ key = @{ inner = 1 } } | ConvertTo-Json | ConvertFrom-Json -AsHashtable
$h.key.inner
$h.key -is [hashtable]
