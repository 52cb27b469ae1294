# ConvertFrom-Json reports malformed JSON as pwsh does: an ArgumentException with the reader's message, path, line and position
$cases = @(
    '['
    '["1",'
    'abc'
    '{"a":}'
    '{"a":1} x'
    '{"a":1 "b":2}'
    '{"a" 1}'
    "{`n  `"a`": `"open"
)
foreach ($case in $cases) {
    try { $case | ConvertFrom-Json | Out-Null; 'no error' } catch {
        $_.FullyQualifiedErrorId
        $_.CategoryInfo.Category
        $_.Exception.Message
    }
}
'--- -Depth counts nested objects and arrays'
$nested = '{"1":{"2":{"3":true}}}'
($nested | ConvertFrom-Json -Depth 3).'1'.'2'.'3'
try { $nested | ConvertFrom-Json -Depth 2 } catch { $_.Exception.Message }
try { '[[[]]]' | ConvertFrom-Json -Depth 2 -AsHashtable } catch { $_.Exception.Message }
try { '{}' | ConvertFrom-Json -Depth 0 } catch { $_.FullyQualifiedErrorId }
'--- the default limit is 1024'
$deep = ('[' * 1024) + (']' * 1024)
($deep | ConvertFrom-Json -NoEnumerate).Count
try { ('[' * 1025) + (']' * 1025) | ConvertFrom-Json } catch { $_.Exception.Message -replace "Path '[][0]+'", "Path '...'" }
