# Aliases have scopes: one defined in a function is local to it, -Scope Global and numbered scopes reach out, Get-Alias and Remove-Alias -Scope look at one scope only, and Export-Alias/Import-Alias round-trip into a scope
function Use-LocalAlias {
    New-Alias -Name gdz -Value Get-Date
    "inside: $((Get-Alias gdz).Definition) / $((Get-Command gdz).Definition)"
}
Use-LocalAlias
"after the call: $([bool](Get-Alias gdz -ErrorAction SilentlyContinue))"

function Set-GlobalAlias { Set-Alias -Name glz -Value Get-Location -Scope Global }
Set-GlobalAlias
"global: $((Get-Alias glz).Definition) / $((Get-Alias -Scope Global glz).Definition)"

function Use-ShadowAlias {
    Set-Alias -Name glz -Value Get-Date
    "shadow: $((Get-Alias glz).Definition)"
    "global one: $((Get-Alias -Scope Global glz).Definition)"
    "local list: $((Get-Alias -Scope Local | Where-Object Name -eq glz).Definition)"
    Remove-Alias glz
    "after local removal: $((Get-Alias glz).Definition)"
}
Use-ShadowAlias

function Set-ParentAlias { Set-Alias -Name pqz -Value Get-Process -Scope 1 }
function Outer {
    Set-ParentAlias
    "outer sees: $((Get-Alias pqz).Definition)"
}
Outer
"outside outer: $([bool](Get-Alias pqz -ErrorAction SilentlyContinue))"

function Remove-FromGlobal {
    Set-Alias -Name glz -Value Get-Date
    Remove-Alias -Name glz -Scope Global
    "local survives: $((Get-Alias glz).Definition)"
}
Remove-FromGlobal
"global gone: $([bool](Get-Alias glz -ErrorAction SilentlyContinue))"

function New-Shadow {
    try { New-Alias -Name glz2 -Value Get-Date -ErrorAction Stop } catch { "new over a visible alias: $($_.FullyQualifiedErrorId)" }
    New-Alias -Name glz2 -Value Get-Date -Force
    "forced: $((Get-Alias glz2).Definition) / global $((Get-Alias glz2 -Scope Global).Definition)"
}
Set-Alias -Name glz2 -Value Get-Location -Scope Global
New-Shadow
Remove-Alias -Name glz2 -Scope Global

$file = Join-Path ([System.IO.Path]::GetTempPath()) "jpwsh-alias-scopes-$PID.csv"
Set-Alias -Name exz -Value Get-ChildItem -Description 'exported' -Scope Global
Export-Alias -Path $file -Name exz
Remove-Alias -Name exz -Scope Global
function Import-Here {
    Import-Alias -Path $file
    $a = Get-Alias exz
    "imported: $($a.Definition) '$($a.Description)'"
}
Import-Here
try { Import-Alias -Path $file -Scope Global; Import-Alias -Path $file -ErrorAction Stop } catch { "import over a visible alias: $($_.FullyQualifiedErrorId)" }
Remove-Alias -Name exz -Scope Global
"after import in a function: $([bool](Get-Alias exz -ErrorAction SilentlyContinue))"
Import-Alias -Path $file -Scope Global
"imported globally: $((Get-Alias exz).Definition)"
Remove-Item $file
