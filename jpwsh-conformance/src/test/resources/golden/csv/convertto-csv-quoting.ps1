# ConvertTo-Csv quotes every field by default, and -UseQuotes AsNeeded/Never, -QuoteFields and -Delimiter change that as pwsh's writer does
$o = [pscustomobject]@{ Name = 'a,b'; Value = 1; Quote = 'say "hi"'; Empty = ''; Nothing = $null; Line = "x`ny" }
$o | ConvertTo-Csv
$o | ConvertTo-Csv -UseQuotes AsNeeded
$o | ConvertTo-Csv -UseQuotes Never -Delimiter ';'
$o | ConvertTo-Csv -QuoteFields name, QUOTE
$o | ConvertTo-Csv -NoHeader -UseQuotes AsNeeded
$o | ConvertTo-Csv -Delimiter ';' -UseQuotes AsNeeded
$o | ConvertTo-Csv -UseCulture -UseQuotes AsNeeded
