# A function's $input is an enumerator: MoveNext() and Current read it (Current is its own, not its elements'), and a Collection's Add writes nothing
function Read-Input {
    "moved: $($input.MoveNext())"
    "current: $($input.Current)"
    $null = $input.MoveNext()
    "then: $($input.Current)"
}
1, 2, 3 | Read-Input
function Read-Each { process { "process: $($input.MoveNext()) $($input.Current)" } }
'a', 'b' | Read-Each
function Copy-Input { $e = $input; while ($e.MoveNext()) { "copy $($e.Current)" } }
4, 5 | Copy-Input
$c = [System.Collections.ObjectModel.Collection[int]]::new()
$c.Add(1)
$c.Add(2)
"collection: $($c.Count) items, $($c -join ',')"
