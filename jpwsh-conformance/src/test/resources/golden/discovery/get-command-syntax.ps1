# Get-Command -Syntax writes pwsh's syntax text, built from each parameter set of the command's metadata
function Show([string]$text) { $text.Replace("`n", '|') }
function f1 {}
function f2($a, $b) {}
function f3 { [CmdletBinding()] param($x, [switch]$y, [int[]]$z) }
function f4 { param([Parameter(Mandatory)][string]$Name, [switch]$Force, [Parameter(ValueFromPipeline)][object]$InputObject) }
function f5 {
    [CmdletBinding(DefaultParameterSetName = 'ByPath')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'ByPath')][string[]]$Path,
        [Parameter(Mandatory, ParameterSetName = 'ByLiteral')][Alias('LP')][string[]]$LiteralPath,
        [Parameter(Position = 1)][string]$Filter,
        [System.IO.FileInfo]$File,
        [hashtable]$Table,
        [Parameter(Mandatory)][datetime]$When
    )
}
Show (Get-Command f1 -Syntax)
Show (Get-Command f2 -Syntax)
Show (Get-Command f3 -Syntax)
Show (Get-Command f4 -Syntax)
Show (Get-Command f5 -Syntax)
(Get-Command f5).ParameterSets | ForEach-Object { $_.Name + ' ' + $_.IsDefault + ': ' + $_ }
Show (Get-Command Get-Verb -Syntax)
Show (Get-Command Measure-Command -Syntax)
Show (Get-Command Invoke-Expression -Syntax)
Show (Get-Command Set-Alias -Syntax)
Show (Get-Command Remove-Alias -Syntax)
Show (Get-Command iex -Syntax)
Set-Alias show2 f2
Show (Get-Command show2 -Syntax)
