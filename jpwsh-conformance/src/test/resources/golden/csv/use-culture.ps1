# -UseCulture takes the delimiter from the current culture's TextInfo.ListSeparator, which a culture made with new can change; .NET derives a semicolon where the decimal separator is a comma
[cultureinfo]::new('en-US').TextInfo.ListSeparator
[cultureinfo]::new('de-DE').TextInfo.ListSeparator
[cultureinfo]::InvariantCulture.TextInfo.ListSeparator
[cultureinfo]::InvariantCulture.TextInfo.IsReadOnly
try { [cultureinfo]::InvariantCulture.TextInfo.ListSeparator = ';' } catch { $_.Exception.InnerException.GetType().FullName + ': ' + $_.Exception.InnerException.Message }
$saved = [cultureinfo]::CurrentCulture
$culture = [cultureinfo]::new('en-US')
$culture.TextInfo.ListSeparator = '|'
[cultureinfo]::CurrentCulture = $culture
[cultureinfo]::CurrentCulture.TextInfo.ListSeparator
$csv = [pscustomobject]@{ Name = 'a|b'; Size = 3 } | ConvertTo-Csv -UseCulture
$csv
($csv | ConvertFrom-Csv -UseCulture).Name
($csv | ConvertFrom-Csv).psobject.Properties.Name
[cultureinfo]::CurrentCulture = [cultureinfo]::new('de-DE')
[pscustomobject]@{ A = 1; B = 2 } | ConvertTo-Csv -UseCulture -UseQuotes Never
[cultureinfo]::CurrentCulture = $saved
