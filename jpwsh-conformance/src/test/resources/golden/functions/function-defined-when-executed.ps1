# A function exists only once its definition has run, so an earlier call fails.
try { Get-Later } catch { 'not defined yet' }
function Get-Later { 'now defined' }
Get-Later
