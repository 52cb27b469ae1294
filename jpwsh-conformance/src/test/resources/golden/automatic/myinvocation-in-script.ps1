# $MyInvocation at the top of a script describes the script file.
$MyInvocation.MyCommand.Name
$MyInvocation.MyCommand.CommandType
