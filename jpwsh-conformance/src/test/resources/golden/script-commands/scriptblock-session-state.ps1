# Script blocks keep the session state they were made in: a caller's block passed into a module function sees the caller's variables, a module's block run outside sees the module's, and [scriptblock]::Create makes blocks that run wherever they are called.
$where = 'caller'
New-Module -Name SessionStateDemo {
    $where = 'module'
    function Invoke-Passed([scriptblock] $Block) { $where = 'module function'; & $Block }
    function Invoke-PassedInPipeline([scriptblock] $Block) { $where = 'module function'; 1 | ForEach-Object $Block }
    function Get-ModuleBlock { { $where } }
    function Invoke-Text([string] $Text) { $where = 'module function'; & ([scriptblock]::Create($Text)) }
    function Invoke-Own { $where = 'own'; & { $where } }
} | Import-Module
Invoke-Passed { $where }
Invoke-PassedInPipeline { $where }
& (Get-ModuleBlock)
Invoke-Text '$where'
Invoke-Own
function Invoke-Local([scriptblock] $Block) { $where = 'script function'; & $Block }
Invoke-Local { $where }
