# $OutputEncoding is UTF-8 without a byte order mark, as in pwsh 7.4, and encodes the text piped to a native program.
$OutputEncoding.GetType().FullName
$OutputEncoding.GetPreamble().Length
'é€' | od -An -tx1 | ForEach-Object { $_.Trim() }
$OutputEncoding = [System.Text.Encoding]::Latin1
'é' | od -An -tx1 | ForEach-Object { $_.Trim() }
