# Under -NonInteractive, $Host.UI.PromptForChoice and PromptForCredential and a -Confirm prompt fail with pwsh's NonInteractive error before writing anything; ChoiceDescription keeps its label and help
$yes = [System.Management.Automation.Host.ChoiceDescription]::new('&Yes', 'Do it')
"$($yes.Label)|$($yes.HelpMessage)|$($yes.GetType().FullName)"
$no = New-Object System.Management.Automation.Host.ChoiceDescription '&No'
"[$($no.HelpMessage)]"
$no.HelpMessage = 'Skip it'
"[$($no.HelpMessage)]"
$choices = [System.Management.Automation.Host.ChoiceDescription[]] ('&Maybe', '&Later')
"$($choices.Count) $($choices[1].Label)"
foreach ($call in { $Host.UI.PromptForChoice('Caption', 'Message', @($yes, $no), 0) },
                  { $Host.UI.PromptForCredential('Caption', 'Message', 'ada', '') }) {
    try { & $call } catch {
        $_.Exception.GetType().FullName
        $_.Exception.InnerException.GetType().FullName
        $_.Exception.InnerException.Message
    }
}
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess)]
    param()
    if ($PSCmdlet.ShouldProcess('thing')) { 'removed' }
}
try { Remove-Thing -Confirm } catch { 'confirm: ' + $_.Exception.InnerException.Message }
'done'
