# $ExecutionContext.InvokeCommand finds scripts and programs on $env:PATH as pwsh does on Linux: GetCommands and GetCommand by name or pattern, directory by directory, a .ps1 file as ExternalScript (found by its name without .ps1 too), an executable as Application, a non-executable non-script file never in a pattern; GetCommandName lists external scripts (their paths with returnFullName) but no application without a PATHEXT extension; GetCmdlets lists cmdlets by pattern
$dir = Join-Path ([IO.Path]::GetTempPath()) ("ic-" + [guid]::NewGuid())
$d1 = New-Item -ItemType Directory (Join-Path $dir 'one')
$d2 = New-Item -ItemType Directory (Join-Path $dir 'two')
Set-Content (Join-Path $d1 'zzictool') "#!/bin/sh`necho one"
Set-Content (Join-Path $d2 'zzictool') "#!/bin/sh`necho two"
Set-Content (Join-Path $d1 'zzicscript.ps1') '"script one"'
Set-Content (Join-Path $d2 'zzicdata.txt') 'not a program'
chmod +x (Join-Path $d1 'zzictool') (Join-Path $d2 'zzictool')
$oldPath = $env:PATH
$env:PATH = "$d1$([IO.Path]::PathSeparator)$d2$([IO.Path]::PathSeparator)$oldPath"
$ic = $ExecutionContext.InvokeCommand
'-- GetCommands plain name, Application'
$ic.GetCommands('zzictool', 'Application', $false) | ForEach-Object { "$($_.CommandType) $($_.Name) $($_.Definition.Replace($dir, 'DIR'))" }
'-- GetCommands pattern, All'
$ic.GetCommands('zzic*', 'All', $true) | Sort-Object Definition | ForEach-Object { "$($_.CommandType) $($_.Name) $($_.Definition.Replace($dir, 'DIR'))" }
'-- script by its name without .ps1'
$ic.GetCommands('zzicscript', 'ExternalScript', $false) | ForEach-Object { "$($_.CommandType) $($_.Name)" }
'-- only applications asked'
@($ic.GetCommands('zzicscript.ps1', 'Application', $false)).Count
'-- GetCommand'
$c = $ic.GetCommand('zzictool', 'Application'); "$($c.CommandType) $($c.Source.Replace($dir, 'DIR'))"
$c = $ic.GetCommand('zzicscript.ps1', 'ExternalScript'); "$($c.CommandType) $($c.Name) $($c.Path.Replace($dir, 'DIR'))"
$c = $ic.GetCommand('zzicscript', 'ExternalScript'); "$($c.CommandType) $($c.Name)"
$null -eq $ic.GetCommand('zzicnothing', 'All')
'-- GetCommandName'
$ic.GetCommandName('zzic*', $true, $false)
$ic.GetCommandName('zzic*', $true, $true) | ForEach-Object { $_.Replace($dir, 'DIR') }
$env:PATH = $oldPath
Remove-Item -Recurse $dir
'-- GetCmdlets'
$ic.GetCmdlets('Get-Chil*') | ForEach-Object { "$($_.CommandType) $($_.Name)" }
$ic.GetCmdlets().Count -gt 100
@($ic.GetCmdlets('zzic*')).Count
