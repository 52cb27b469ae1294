# An empty parameter list beside a param block is accepted; a non-empty one is still refused
function f () { param($a = 'default') "f got $a" }
f
f -a given
try { [scriptblock]::Create('function g ($x) { param($y) }') } catch { $_.Exception.InnerException.Message -match 'param statement cannot be used' }
