# Spec 3.2: in ConstrainedLanguage and RestrictedLanguage only PowerShell's types exist: a Java class name is an unknown type (TypeNotFound, "Unable to find type"), in a type literal, a generic argument, an array type, a typed variable or parameter, New-Object and [type] conversions; Java objects a host hands in keep their data readable but their JDK collections and enums refuse changes and calls (jpwsh-specific: pwsh has no Java types)
$iss = [initialsessionstate]::CreateDefault2()
$iss.LanguageMode = 'ConstrainedLanguage'
$ps = [powershell]::Create($iss)
$properties = [java.util.Properties]::new()
$properties.setProperty('mode', 'unchanged')
$list = [java.util.ArrayList]::new()
[void]$list.add('unchanged')
$ps.Runspace.SessionStateProxy.SetVariable('properties', $properties)
$ps.Runspace.SessionStateProxy.SetVariable('list', $list)
$ps.Runspace.SessionStateProxy.SetVariable('unit', [java.util.concurrent.TimeUnit]::SECONDS)
[void]$ps.AddScript(@'
function Show([string]$What, [scriptblock]$Code) {
    try { "${What}: $(& $Code)" } catch { "${What}: $($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
}
Show 'type literal' { [java.lang.Runtime] }
Show 'static property' { [java.lang.System]::Properties }
Show 'static method' { [java.lang.System]::getProperty('java.version') }
Show 'generic argument' { [System.Collections.Generic.List[java.lang.Runtime]] }
Show 'array type' { [java.lang.Runtime[]] }
Show 'typed variable' { [java.lang.Runtime]$r = $null }
Show 'typed parameter' { function Take([java.lang.Runtime]$r) { 'bound' }; Take }
Show 'New-Object' { New-Object java.util.HashMap }
Show '[type] conversion' { [type]'java.lang.Runtime' }
Show '-as [type]' { $null -eq ('java.lang.Runtime' -as [type]) }
Show 'PowerShell type names still resolve' { [hashtable].Name, [System.Collections.Generic.List[int]].Name -join ' ' }
Show 'a JDK map: read' { $properties['mode'] }
Show 'a JDK map: index set' { $properties['mode'] = 'changed' }
Show 'a JDK map: key set as a property' { $properties.mode = 'changed' }
Show 'a JDK map: method' { $properties.setProperty('mode', 'changed') }
Show 'a JDK list: index set' { $list[0] = 'changed' }
Show 'a JDK enum: method' { $unit.toSeconds(5) }
Show 'a PowerShell enum: method' { $ExecutionContext.SessionState.LanguageMode.ToString() }
Show 'a hashtable: index set' { $h = @{}; $h['k'] = 'v'; $h.k2 = 'v2'; $h.Count }
Show 'an array: index set' { $a = 1, 2; $a[0] = 5; $a -join ',' }
'@)
$ps.Invoke()
"host: map: $($properties.getProperty('mode')), list: $($list[0])"
$ps.Dispose()
$iss.LanguageMode = 'RestrictedLanguage'
$ps = [powershell]::Create($iss)
[void]$ps.AddScript('[java.lang.Runtime]')
try { $ps.Invoke() } catch { "RestrictedLanguage: $(($_.Exception.InnerException.Message -split "`n")[-1])" }
$ps.Dispose()
