# [semver] is System.Management.Automation.SemanticVersion: parsed from text or built from numbers, labels and a Version, compared as SemVer 2.0 orders versions (pre-releases first, the build label ignored, text on the right parsed), with pwsh's errors
$v = [semver]'1.2.3-Alpha-super.3+BLD.a1-xxx.03'
$v.Major, $v.Minor, $v.Patch, $v.PreReleaseLabel, $v.BuildLabel
"$v"
$v.GetType().FullName
[semver]'3.0' | ForEach-Object ToString
[semver]::new(3, 2, 0, 'beta.1+meta').ToString()
[semver]::new(3, 2, 0, 'beta.1', 'meta').ToString()
[semver]::new([version]'1.2').ToString()
[semver]'1.0.0-alpha' -lt [semver]'1.0.0'
[semver]'1.0.0-alpha.1' -lt [semver]'1.0.0-alpha.beta'
[semver]'1.0.0-alpha.2' -lt [semver]'1.0.0-alpha.10'
[semver]'1.0.0-beta+a' -eq [semver]'1.0.0-beta+b'
[semver]'2.1.0' -lt '3.0'
$null -lt [semver]'1.0.0'
[semver]::Compare([semver]'1.0.0', [semver]'1.0.1')
$parsed = $null
[semver]::TryParse('1.2', [ref]$parsed); "$parsed"
[semver]::TryParse('1.2.x', [ref]$parsed); $null -eq $parsed
try { [semver]'1.0.' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [semver]::Parse('') } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.Message }
try { [semver]::new($null) } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.Message }
try { [semver]::new(-1, 0) } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.Message }
try { [semver]::new([version]'1.2.3.4') } catch { $_.Exception.Message }
try { [semver]::new(1, 0, 0, 'bad_label') } catch { $_.Exception.Message }
'1.10.0', '1.2.0', '1.2.0-rc.1' | ForEach-Object { [semver]$_ } | Sort-Object | ForEach-Object ToString
[semver]'1.2.3'
