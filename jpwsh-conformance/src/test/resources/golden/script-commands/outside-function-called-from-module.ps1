# A function defined outside any module runs in the session's own state when module code calls it: it sees $where
$where = 'session'
function global:Show-Where {
    $local = if (Test-Path variable:moduleLocal) { 'visible' } else { 'hidden' }
    "where=$where module function's local: $local"
}
function Get-Caller { "caller's function sees where=$where" }
New-Module -Name OutsideCalls {
    $where = 'module'
    function Invoke-Show {
        $moduleLocal = 1
        Show-Where
        & { Show-Where }
        $sb = { Show-Where }
        & $sb
        "module sees where=$where"
    }
    function Invoke-Given([scriptblock]$Block) { $where = 'module function'; & $Block }
    Export-ModuleMember -Function Invoke-Show, Invoke-Given
} | Import-Module
Invoke-Show
Invoke-Given { Get-Caller }
Invoke-Given { "block sees where=$where" }
