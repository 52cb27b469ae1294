# A mandatory parameter binds only in its own set; the default set wins when several remain possible.
function Get-Item2 {
    [CmdletBinding(DefaultParameterSetName = 'Path')]
    param(
        [Parameter(Mandatory, ParameterSetName = 'Literal')] [string]$LiteralPath,
        [Parameter(ParameterSetName = 'Path', Position = 0)] [string]$Path,
        [switch]$Force
    )
    "$($PSCmdlet.ParameterSetName) force=$Force"
}
Get-Item2 -Path a
Get-Item2 -Force
Get-Item2 -LiteralPath b -Force
try { Get-Item2 -Path a -LiteralPath b } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
