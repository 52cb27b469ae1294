# A parameter named as another's alias, or an alias given twice, fails the call with pwsh's MetadataException ids; HelpMessage shows in ParameterSetMetadata; a DontShow parameter still shows in the syntax line, as pwsh prints it
function Show-Failure($ErrorRecord) {
    '{0} {1} {2}' -f ($ErrorRecord.FullyQualifiedErrorId -split ',')[0], $ErrorRecord.CategoryInfo.Category, $ErrorRecord.CategoryInfo.Reason
    $ErrorRecord.Exception.Message
}
function Test-NameConflict {
    [CmdletBinding()]
    param([Alias('Parameter2')][int]$Parameter1 = 0, [int]$Parameter2 = 0)
    'ran'
}
try { Test-NameConflict -Parameter2 1 } catch { Show-Failure $_ }
try { Test-NameConflict } catch { Show-Failure $_ }
function Test-Simple([int]$First, [Alias('FIRST')][int]$Second) { 'ran' }
try { Test-Simple 1 2 } catch { Show-Failure $_ }
function Test-Twice { param([Alias('X')]$A, [Alias('x')]$B) 'ran' }
try { Test-Twice } catch { Show-Failure $_ }
function Test-Fine { param([Alias('Other')]$Name) "ran with $Name" }
Test-Fine -Other ok

function Test-Help {
    [CmdletBinding()]
    param(
        [Parameter(HelpMessage = 'the name to greet')][string]$Name,
        [Parameter(DontShow)][switch]$Hidden,
        [int]$Count
    )
}
$parameters = (Get-Command Test-Help).Parameters
'HelpMessage: ' + $parameters['Name'].ParameterSets['__AllParameterSets'].HelpMessage
'none given: ' + ($null -eq $parameters['Count'].ParameterSets['__AllParameterSets'].HelpMessage)
Get-Command Test-Help -Syntax
