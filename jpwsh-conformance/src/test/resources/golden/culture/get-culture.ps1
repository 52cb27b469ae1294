# Get-Culture, Get-UICulture and [cultureinfo]: cultures by .NET name with .NET's English names and LCIDs, the invariant culture, and the current one matching $PSCulture
(Get-Culture).Name -eq $PSCulture
(Get-UICulture).Name -eq $PSUICulture
(Get-Culture).GetType().FullName
$invariant = [cultureinfo]::InvariantCulture
"[$($invariant.Name)] $($invariant.LCID) $($invariant.DisplayName) $($invariant.TwoLetterISOLanguageName)"
foreach ($c in Get-Culture -Name de-DE, en-US, fr) {
    '{0} {1} {2} | {3} | parent {4} neutral {5}' -f $c.Name, $c.LCID, $c.EnglishName, $c.NativeName, $c.Parent.Name, $c.IsNeutralCulture
}
[cultureinfo]::GetCultureInfo('en-GB').ThreeLetterISOLanguageName
([cultureinfo]'ja-JP').LCID
try { Get-Culture -Name 'xx-not-a-culture' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message.Substring(0, 78) }
Get-Culture -Name de-DE | Format-Table
