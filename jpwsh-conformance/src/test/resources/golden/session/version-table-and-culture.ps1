# $PSVersionTable has pwsh's rows in pwsh's order and types; $PSCulture and $PSUICulture come from the locale variables
$PSVersionTable.Keys -join ','
$PSVersionTable.PSVersion.GetType().FullName
$PSVersionTable.PSVersion.Major
$PSVersionTable.PSEdition
$PSVersionTable.GitCommitId -eq $PSVersionTable.PSVersion.ToString()
$PSVersionTable.Platform
$PSVersionTable.PSCompatibleVersions -join ', '
$PSVersionTable.PSCompatibleVersions[0].GetType().FullName
$PSVersionTable.PSRemotingProtocolVersion.ToString()
$PSVersionTable.SerializationVersion.ToString()
$PSVersionTable.WSManStackVersion.ToString()
$PSVersionTable.OS.GetType().Name
# the culture: LC_ALL, then LC_MESSAGES, then LANG; C and POSIX mean the invariant culture, named ''
$locale = @($env:LC_ALL, $env:LC_MESSAGES, $env:LANG).Where({ $_ }, 'First')
$expected = if ($locale) { ($locale[0] -replace '[.@].*$', '') -replace '_', '-' } else { '' }
if ($expected -in 'C', 'POSIX') { $expected = '' }
$PSCulture.GetType().Name
$PSCulture -eq $expected
$PSUICulture -eq $PSCulture
