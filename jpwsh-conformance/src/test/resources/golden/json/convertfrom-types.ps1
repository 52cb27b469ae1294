# ConvertFrom-Json gives pwsh's types: custom objects in document order, Int64, BigInteger, Double, Boolean, null, DateTime for ISO strings
$o = '{"zeta": 1, "alpha": "text", "big": 123456789012345678901234567890, "real": 2.50, "exp": 1e3,
  "yes": true, "none": null, "list": [1, "two", [3]], "inner": {"k": "v"}, "when": "2024-01-02T03:04:05Z",
  "plain": "2024-01-02T03:04:05", "frac": "2024-01-02T03:04:05.1234567", "notDate": "2024-01-02", "ms": "/Date(1700000000000)/"}' | ConvertFrom-Json
$o.psobject.Properties | ForEach-Object {
    $v = $_.Value
    $type = if ($null -eq $v) { 'null' } else { $v.GetType().FullName }
    $shown = if ($v -is [string] -or $v -is [long] -or $v -is [double] -or $v -is [bool] -or $v -is [bigint]) { " = $v" } else { '' }
    '{0}{1} [{2}]' -f $_.Name, $shown, $type
}
'--- nested values'
$o.list[2].GetType().FullName
$o.list[2][0]
$o.inner.GetType().FullName
$o.inner.k
'--- date kinds'
$o.when.Kind
$o.plain.Kind
$o.frac.Millisecond
$o.ms.Kind
$o.ms.ToString('yyyy-MM-dd HH:mm:ss')
'--- a repeated name keeps the last value in the first place'
'{"a": 1, "b": 2, "a": 3}' | ConvertFrom-Json | ForEach-Object { $_.psobject.Properties.Name -join ','; $_.a }
'--- scalars and an empty text'
'42' | ConvertFrom-Json | ForEach-Object { $_.GetType().FullName }
'"s"' | ConvertFrom-Json
$null -eq ('' | ConvertFrom-Json)
$null -eq ('   ' | ConvertFrom-Json)
