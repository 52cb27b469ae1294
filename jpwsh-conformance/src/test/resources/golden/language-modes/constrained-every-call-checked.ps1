# Spec 3.2: in ConstrainedLanguage every way of calling a member is checked on the object that receives the call, as pwsh's binders check each call: the ForEach and Where intrinsics, method-call enumeration, $o.$name(), ForEach-Object -MemberName, static calls and conversions (jpwsh-specific targets: Java objects a host hands the script; the harmless calls are refused before they run)
$work = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-every-call-$PID")).FullName
$marker = [System.IO.Path]::Combine($work, 'pwned')
$iss = [initialsessionstate]::CreateDefault2()
$iss.LanguageMode = 'ConstrainedLanguage'
$ps = [powershell]::Create($iss)
$ps.Runspace.SessionStateProxy.SetVariable('rt', [java.lang.Runtime]::Runtime)
$ps.Runspace.SessionStateProxy.SetVariable('marker', $marker)
[void]$ps.AddScript(@'
function Show([string]$What, [scriptblock]$Code) {
    try { "${What}: $(& $Code)" } catch { "${What}: $($_.FullyQualifiedErrorId)" }
}
Show '.ForEach(method, args) on each element' { @($rt).ForEach('exec', "touch $marker") }
Show '.ForEach(method) without arguments' { @($rt).ForEach('availableProcessors') }
Show '.ForEach(method) on a core element' { @('a', 'b').ForEach('ToUpper') -join ',' }
Show '.ForEach([type]) to a type that is not core' { @(1).ForEach([System.Collections.ArrayList]) }
Show '.ForEach([type]) to a core type' { @('1', '2').ForEach([int]) -join ',' }
Show '.Where() result' { @($rt).Where({ $true }).availableProcessors() }
Show 'method-call enumeration' { @($rt, $rt).availableProcessors() }
Show 'method by a name in a variable' { $name = 'availableProcessors'; $rt.$name() }
Show 'property read that is a method' { $null -eq $rt.availableProcessors }
Show 'getClass as a property' { $null -eq $rt.Class }
Show 'static call' { [System.IO.File]::WriteAllText($marker, 'x') }
Show 'script block Invoke' { { 1 }.Invoke() }
Show 'delegate conversion' { [System.Func[object]] { 1 } }
Show 'conversion calling a constructor' { [System.Text.StringBuilder] 'text' }
Show '-as to a type that is not core' { $null -eq ('text' -as [System.Text.StringBuilder]) }
$rt | ForEach-Object -MemberName availableProcessors -ErrorVariable refused -ErrorAction SilentlyContinue
"ForEach-Object -MemberName: $($refused[0].FullyQualifiedErrorId)"
'@)
$ps.Invoke()
"host: marker file exists: $([System.IO.File]::Exists($marker))"
$ps.Dispose()
[System.IO.Directory]::Delete($work, $true)
