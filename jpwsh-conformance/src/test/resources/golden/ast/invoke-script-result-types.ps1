# InvokeScript's PipelineResultTypes: None, Output and Error (and Warning, whose value is their sum) run the script; Verbose, Debug, Information, All and Null are not implemented
$types = [System.Management.Automation.Runspaces.PipelineResultTypes]
foreach ($name in 'None', 'Output', 'Error', 'Warning', 'Verbose', 'Debug', 'Information', 'All', 'Null') {
    try {
        $out = $ExecutionContext.InvokeCommand.InvokeScript('"ran"', $true, $types::$name, $null)
        "$name ($([int]$types::$name)): $out"
    } catch {
        "$name ($([int]$types::$name)): $($_.FullyQualifiedErrorId) $($_.Exception.GetType().Name) $($_.Exception.InnerException.GetType().FullName)"
    }
}
try { $ExecutionContext.InvokeCommand.InvokeScript('"never"', $true, $types::All, $null, @(1, 2)) } catch { "with arguments: $($_.Exception.InnerException.GetType().Name)" }
