# A script block's Module (a module's functions and the blocks its code makes), Id and DebuggerHidden
$m = New-Module -Name ModuleOfBlocks {
    function Get-Inner { 'inner' }
    function Get-Block { { 'made in module' } }
    Export-ModuleMember -Function Get-Inner, Get-Block
} | Import-Module -PassThru
"function variable: $(${function:Get-Inner}.Module.Name)"
"command's block: $((Get-Command Get-Inner).ScriptBlock.Module.Name) command: $((Get-Command Get-Inner).Module.Name)"
"block made by module code: $((Get-Block).Module.Name) invoked: $(& (Get-Block))"
"same module object: $([object]::ReferenceEquals(${function:Get-Inner}.Module, $m))"
$sb = { 1 }
function Plain { }
"outside modules: $($null -eq $sb.Module) $($null -eq ${function:Plain}.Module) $($null -eq (Get-Command Plain).Module)"
"id is a guid: $($sb.Id -is [guid]) stable: $($sb.Id -eq $sb.Id) other block differs: $($sb.Id -ne { 1 }.Id)"
"function keeps its id: $(${function:Plain}.Id -eq ${function:Plain}.Id)"
"plain block hidden: $($sb.DebuggerHidden)"
$hidden = { [System.Diagnostics.DebuggerHidden()] param() 'ran' }
"declared hidden: $($hidden.DebuggerHidden) runs: $(& $hidden)"
"attributes: $($hidden.Attributes | ForEach-Object { $_.GetType().FullName })"
$hidden.DebuggerHidden = $false
"after setting: $($hidden.DebuggerHidden)"
function Hidden-Function { [System.Diagnostics.DebuggerHiddenAttribute()] param() }
"function declared hidden: $(${function:Hidden-Function}.DebuggerHidden)"
