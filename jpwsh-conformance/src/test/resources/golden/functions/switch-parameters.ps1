# A [switch] parameter is present or not, and can be set explicitly with -Name:$value.
function Test-Switch { param([switch]$Force) if ($Force) { 'forced' } else { 'gentle' }; $Force.IsPresent }
Test-Switch
Test-Switch -Force
Test-Switch -Force:$false
