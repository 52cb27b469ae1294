# Spec 3.2: in a ConstrainedLanguage runspace core types keep every method and property; other types' methods, property setters, constructors and conversions fail with pwsh's ids (Binders.cs, LanguagePrimitives.cs, New-Object.cs)
$iss = [initialsessionstate]::CreateDefault()
$iss.LanguageMode = 'ConstrainedLanguage'
$rs = [runspacefactory]::CreateRunspace($iss)
$rs.Open()
"proxy: $($rs.SessionStateProxy.LanguageMode)"
$ps = [powershell]::Create()
$ps.Runspace = $rs
[void]$ps.AddScript(@'
function Show([string]$What, [scriptblock]$Code) {
    try { "${What}: $(& $Code)" } catch { "${What}: $($_.FullyQualifiedErrorId)"; "  $($_.Exception.Message)" }
}
"mode: $($ExecutionContext.SessionState.LanguageMode)"
Show 'string method' { 'core types'.ToUpper() }
Show 'static method of a core type' { [int]::Parse('41') + 1 }
Show 'hashtable method' { $h = @{}; $h.Add('k', 'v'); $h['k'] }
Show 'datetime method' { ([datetime]'2024-01-02').AddDays(1).Day }
Show 'ToString on any object' { $ExecutionContext.ToString() }
Show 'property of any object' { $ExecutionContext.SessionState.LanguageMode }
Show 'own property of a custom object' { $o = [pscustomobject]@{ Name = 'a' }; $o.Name = 'b'; $o.Name }
Show 'math' { [math]::Max(1, 2) }
Show 'new ArrayList' { [System.Collections.ArrayList]::new() }
Show 'powershell' { [powershell]::Create() }
Show 'script block Invoke' { { 'x' }.Invoke() }
Show 'cast to ArrayList' { [System.Collections.ArrayList]@(1, 2) }
Show 'New-Object' { New-Object System.Collections.ArrayList }
Show 'new property on a custom object' { $o = [pscustomobject]@{ Name = 'a' }; $o.Size = 1 }
Show 'back to FullLanguage' { $ExecutionContext.SessionState.LanguageMode = 'FullLanguage' }
Show '-as to ArrayList is null' { $null -eq ('text' -as [System.Collections.ArrayList]) }
'@)
$ps.Invoke()
$rs.Dispose()
