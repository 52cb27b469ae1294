# $PSCmdlet's Write methods: WriteObject with and without enumerating, the message streams, WriteError as a non-terminating error and ThrowTerminatingError.
function Write-Things {
    [CmdletBinding()]
    param()
    $PSCmdlet.WriteObject(@(1, 2, 3))
    $PSCmdlet.WriteObject(@(4, 5), $true)
    $PSCmdlet.WriteVerbose('a verbose line')
    $PSCmdlet.WriteWarning('a warning')
    $PSCmdlet.WriteDebug('a debug line')
    $PSCmdlet.WriteInformation('some information', [string[]]@('tag1'))
    $record = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new('soft failure'), 'SoftId',
        'InvalidData', 'the target')
    $PSCmdlet.WriteError($record)
    'after the error'
}
$items = Write-Things -Verbose -InformationVariable info -WarningVariable warn -ErrorVariable err -ErrorAction SilentlyContinue 4>$null
"items: $($items.Count); first is $($items[0].GetType().Name) of $($items[0].Count)"
$items[1..3] -join ','
"info: $($info[0].MessageData) tags $($info[0].Tags -join ',') source $($info[0].Source)"
"warning: $($warn[0].Message)"
"error: $($err[0].FullyQualifiedErrorId) $($err[0].CategoryInfo.Category) $($err[0].TargetObject)"
function Stop-Hard {
    [CmdletBinding()]
    param()
    $record = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new('hard failure'), 'HardId',
        'OperationStopped', $null)
    $PSCmdlet.ThrowTerminatingError($record)
    'not reached'
}
try { Stop-Hard } catch { "caught: $($_.Exception.Message) id $($_.FullyQualifiedErrorId)" }
