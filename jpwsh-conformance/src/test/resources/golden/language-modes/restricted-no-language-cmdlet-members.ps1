# Spec 3.2: in RestrictedLanguage and NoLanguage the cmdlets that reach members for a script reach no more than ConstrainedLanguage would: ForEach-Object -MemberName calls no method of a type that is not core (pwsh refuses every method in RestrictedLanguage and, unlike jpwsh, none in NoLanguage), and Select-Object -ExpandProperty reads getters, never another no-argument Java method such as a runspace's CreatePipeline or Context
#! process: own
$iss = [initialsessionstate]::CreateDefault2()
$iss.LanguageMode = 'RestrictedLanguage'
$ps = [powershell]::Create($iss)
[void]$ps.AddScript('Get-Runspace | Select-Object -First 1 -ExpandProperty Name; Get-Runspace | Select-Object -First 1 -ExpandProperty CreatePipeline; Get-Runspace | Select-Object -First 1 -ExpandProperty Context; Get-Runspace | Select-Object -First 1 | ForEach-Object -MemberName CreatePipeline')
"RestrictedLanguage: $(@($ps.Invoke() | Where-Object { $null -ne $_ }) -join ', ')"
$ps.Streams.Error | ForEach-Object { "RestrictedLanguage: $($_.FullyQualifiedErrorId)" }
$ps.Dispose()
$iss.LanguageMode = 'NoLanguage'
$ps = [powershell]::Create($iss)
[void]$ps.AddCommand('Get-Runspace').AddCommand('Select-Object').AddParameter('First', 1).AddParameter('ExpandProperty', 'Context')
"NoLanguage, Select-Object: $(@($ps.Invoke() | Where-Object { $null -ne $_ }).Count) values"
$ps.Commands.Clear()
[void]$ps.AddCommand('Get-Runspace').AddCommand('Select-Object').AddParameter('First', 1).AddCommand('ForEach-Object').AddParameter('MemberName', 'CreatePipeline')
"NoLanguage, ForEach-Object: $(@($ps.Invoke() | Where-Object { $null -ne $_ }).Count) values"
$ps.Streams.Error | ForEach-Object { "NoLanguage: $($_.FullyQualifiedErrorId)" }
$ps.Dispose()
