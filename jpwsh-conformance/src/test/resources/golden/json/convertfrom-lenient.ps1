# ConvertFrom-Json reads what pwsh's lenient reader reads: comments, single quotes, unquoted names, trailing commas, NaN
$text = @'
{
  // a line comment
  name: 'single quoted', /* a block comment */
  "list": [1, 2, ],
  "nan": NaN,
  "inf": -Infinity,
}
'@
$o = $text | ConvertFrom-Json
$o.name
$o.list.Count
[double]::IsNaN($o.nan)
$o.inf -lt 0
$o.inf.GetType().Name
