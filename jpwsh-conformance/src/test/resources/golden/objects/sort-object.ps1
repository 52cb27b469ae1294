# Sort-Object compares a missing value with numbers as 0, as pwsh's LanguagePrimitives.Compare does
$e = [pscustomobject]@{ F = 'Eight'; Y = 8 }, [pscustomobject]@{ F = 'None'; Y = $null }, [pscustomobject]@{ F = 'Minus'; Y = -2 }, [pscustomobject]@{ F = 'One'; Y = 1 }
($e | Sort-Object Y | ForEach-Object F) -join ','
($e | Sort-Object Y -Descending | ForEach-Object F) -join ','
