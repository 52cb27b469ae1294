# The current culture: -f, ToString() and ToString(format) follow [cultureinfo]::CurrentCulture, casts and string interpolation stay invariant; Get-Culture -ListAvailable and unknown culture names
$saved = [cultureinfo]::CurrentCulture
$d = [datetime]::new(2024, 3, 5, 14, 7, 9)
foreach ($name in 'de-DE', 'en-US', '') {
    [cultureinfo]::CurrentCulture = $name
    "[{0}]" -f [cultureinfo]::CurrentCulture.Name
    '{0:N2} | {1} | {2:d} | {3:C}' -f 1234.5, 2.5, $d, 7
    (1234.5).ToString('N1') + ' | ' + (2.5).ToString() + ' | ' + $d.ToString() + ' | ' + $d.ToString('D')
    "$(2.5) | $d | $([string]1234.5) | $([double]'3.5')"
    [System.Globalization.NumberFormatInfo]::CurrentInfo.NumberDecimalSeparator
}
[cultureinfo]::CurrentCulture = $saved
$all = Get-Culture -ListAvailable
$all.Count -gt 100
"[$($all[0].Name)]"
($all.Name -contains 'de-DE') -and ($all.Name -contains 'ja-JP')
(Get-Culture -Name DE-de).Name
(Get-Culture -Name fr).NumberFormat.NumberDecimalSeparator
try { Get-Culture -Name 'abcdefghijkl' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
try { [cultureinfo]'abcdefghijkl' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [cultureinfo]::GetCultureInfo('not a culture') } catch { $_.Exception.InnerException.Message }
try { '{0:N2} {1}' -f 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
