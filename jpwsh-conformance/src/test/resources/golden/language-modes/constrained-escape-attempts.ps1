# Spec 3.2: the usual ways out of ConstrainedLanguage stay shut, as pwsh shuts them: new script blocks from text, the call and dot operators, the engine's InvokeScript, script modules (constrained too), FullLanguage functions of the session state handed a constrained script block (the block keeps its mode), reflection through GetType, [type] and [powershell]
$work = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-escapes-$PID")).FullName
$module = [System.IO.Path]::Combine($work, 'Escape.psm1')
[System.IO.File]::WriteAllText($module, 'function Get-ModuleLarger { [math]::Max(1, 2) }')
$iss = [initialsessionstate]::CreateDefault2()
$iss.LanguageMode = 'ConstrainedLanguage'
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Invoke-Block', 'param([scriptblock]$Block) & $Block'))
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Invoke-BlockMethod', 'param($Block) $Block.Invoke()'))
$ps = [powershell]::Create($iss)
$ps.Runspace.SessionStateProxy.SetVariable('module', $module)
[void]$ps.AddScript(@'
function Show([string]$What, [scriptblock]$Code) {
    try { "${What}: $(& $Code)" } catch { "${What}: $($_.FullyQualifiedErrorId)" }
}
Show '[scriptblock]::Create' { [scriptblock]::Create('[math]::Max(1, 2)') }
Show '[scriptblock] conversion' { [scriptblock]'[math]::Max(1, 2)' }
Show '& { }' { & { [math]::Max(1, 2) } }
Show '. { }' { . { [math]::Max(1, 2) } }
Show 'InvokeScript' { $ExecutionContext.InvokeCommand.InvokeScript('[math]::Max(1, 2)') }
Show 'NewScriptBlock' { $ExecutionContext.InvokeCommand.NewScriptBlock('[math]::Max(1, 2)') }
Show 'script module' { Import-Module $module; Get-ModuleLarger }
Show 'FullLanguage function runs the block with &' { Invoke-Block { [math]::Max(1, 2) } }
Show 'FullLanguage function calls the block''s Invoke' { Invoke-BlockMethod { [math]::Max(1, 2) } }
Show 'GetType().GetMethod' { (1).GetType().GetMethod('Parse') }
Show '[type]::GetType' { [type]::GetType('System.Int32') }
Show '[powershell]::Create()' { [powershell]::Create() }
Show '[runspacefactory]::CreateRunspace()' { [runspacefactory]::CreateRunspace() }
Show 'static no-argument method read as a property' { $null -eq [powershell]::Create }
Show 'a .NET method GetX read as a static property X' { $null -eq [System.IO.Path]::TempPath }
Show 'New-Object powershell' { New-Object System.Management.Automation.PowerShell }
"mode afterwards: $($ExecutionContext.SessionState.LanguageMode)"
'@)
$ps.Invoke()
$ps.Streams.Error | ForEach-Object { "error: $($_.FullyQualifiedErrorId)" }
$ps.Dispose()
[System.IO.Directory]::Delete($work, $true)
