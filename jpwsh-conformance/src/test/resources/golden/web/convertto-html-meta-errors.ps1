# ConvertTo-Html -Meta writes http-equiv or name tags and warns about unknown names; -As and -Charset are validated
$o = [pscustomobject]@{ A = 1 }
$o | ConvertTo-Html -Meta ([ordered]@{ 'Content-Type' = 'text/html'; keywords = 'a,b' }) | Select-Object -Skip 2 -First 3
$all = $o | ConvertTo-Html -Meta @{ rating = 'general' } 3>&1
$all[4]
$all[3].Message
try { $o | ConvertTo-Html -As Grid } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { $o | ConvertTo-Html -Charset 'a' } catch { $_.FullyQualifiedErrorId }
