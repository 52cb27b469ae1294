# $PSDefaultParameterValues and parameter sets: a default goes only to a parameter of the sets the call allows; defaults of sets that exclude each other wait for the default set
function f { [CmdletBinding(DefaultParameterSetName='A')] param([Parameter(ParameterSetName='A')]$a, [Parameter(ParameterSetName='B')]$b, $c) "$($PSCmdlet.ParameterSetName) a=$a b=$b c=$c" }
$PSDefaultParameterValues = @{ 'f:a' = 1 }
f -b 2
f
f -c 3
$PSDefaultParameterValues = @{ 'f:a' = 1; 'f:b' = 2 }
f
f -b 5
f -a 7
$PSDefaultParameterValues = @{ 'f:b' = 2; 'f:c' = 9 }
f
f -a 1
# a cmdlet's default parameter set decides as well: Get-Error's Newest
$PSDefaultParameterValues = @{ 'Get-Error:Newest' = 2; 'Get-Error:InputObject' = 'x' }
try { 1/0 } catch {}
try { 1/0 } catch {}
(Get-Error).Count
$PSDefaultParameterValues = @{ 'Get-Error:Newest' = 2 }
(Get-Error -InputObject $Error[0]).Count
