# Get-Help reads a script's comment-based help at its start, but not a comment that belongs to the function it starts with
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-help-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    $script = Join-Path $dir 'withhelp.ps1'
    Set-Content -Path $script -Value @'
<#
.SYNOPSIS
This is script help
.PARAMETER Path
Where to look.
#>
param([string]$Path)
"ran $Path"
'@
    $h = Get-Help $script
    $h.Synopsis
    $h.Category
    $h.parameters.parameter.name
    $h.parameters.parameter.description[0].Text
    $cmd = Get-Command $script
    $cmd.CommandType.ToString()
    $cmd.GetType().FullName
    $cmd.Name
    $cmd.Parameters.Keys -join ','
    $cmd.ScriptBlock.GetType().FullName

    $fn = Join-Path $dir 'fnfirst.ps1'
    Set-Content -Path $fn -Value @'
# .SYNOPSIS
# This is function help for helpFunc2
function helpFunc2 {}
'@
    . $fn
    (Get-Help helpFunc2).Synopsis
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
