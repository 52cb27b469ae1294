# Built-in cmdlets take -WhatIf and -Confirm only when pwsh's do, carry pwsh's ConfirmImpact in their [Cmdlet()] attribute, and ask on their own when that impact reaches $ConfirmPreference
$dir = Join-Path ([IO.Path]::GetTempPath()) "jpwsh-confirm-$PID"
$null = New-Item -ItemType Directory $dir
$file = Join-Path $dir 'a.txt'
Set-Content $file 'x'
try { Get-Date -WhatIf } catch { $_.FullyQualifiedErrorId }
(Get-Command Get-Date).Parameters.ContainsKey('WhatIf')
(Get-Command Remove-Item).Parameters.ContainsKey('Confirm')
foreach ($name in 'Remove-Item', 'New-Variable', 'ForEach-Object', 'Write-Output', 'Stop-Process') {
    $attribute = (Get-Command $name).ImplementingType.GetCustomAttributes($true).Where({ $_ -is [System.Management.Automation.CmdletAttribute] })
    '{0}: {1}-{2} SupportsShouldProcess={3} ConfirmImpact={4}' -f $name, $attribute.VerbName, $attribute.NounName, $attribute.SupportsShouldProcess, $attribute.ConfirmImpact
}
# a Low impact cmdlet does not ask at Medium; a Medium one does, which a non-interactive session cannot
$ConfirmPreference = 'Medium'
New-Variable -Name made -Value 1
$made
try { Remove-Item $file -ErrorAction Stop } catch { $_.Exception.Message }
Test-Path $file
Remove-Item $file -Confirm:$false
Test-Path $file
$ConfirmPreference = 'High'
Remove-Item $dir -Recurse
Test-Path $dir
