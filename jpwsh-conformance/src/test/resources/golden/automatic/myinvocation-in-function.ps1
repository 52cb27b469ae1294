# $MyInvocation in a function describes the function and how it was called.
function Get-Me { $MyInvocation.MyCommand.Name; $MyInvocation.MyCommand.CommandType; $MyInvocation.BoundParameters.Count }
Get-Me
