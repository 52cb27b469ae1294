# $PSCulture and $PSUICulture follow [cultureinfo]::CurrentCulture and CurrentUICulture, and [string]::Format takes an IFormatProvider first
$saved = [cultureinfo]::CurrentCulture
$savedUI = [cultureinfo]::CurrentUICulture
[cultureinfo]::CurrentCulture = 'de-DE'
"culture: $PSCulture"
[cultureinfo]::CurrentUICulture = 'fr-FR'
"ui culture: $PSUICulture"
"de-DE -f: {0:N2}" -f 1234.5
[string]::Format([cultureinfo]'en-US', '{0:N2}|{1:C}', 1234.5, 3)
[string]::Format([cultureinfo]::InvariantCulture, '{0:N1} {1} {2:P0}', 9876.54, 'x', 0.25)
[string]::Format([cultureinfo]'de-DE', '{0:D}', [datetime]'2024-03-05')
[string]::Format('{0:N2}', 1234.5)
[cultureinfo]::CurrentCulture = 'en-GB'
"culture: $PSCulture"
[cultureinfo]::CurrentCulture = $saved
[cultureinfo]::CurrentUICulture = $savedUI
"restored: '$PSCulture' '$PSUICulture'"
try { $PSCulture = 'x' } catch { $_.FullyQualifiedErrorId }
