[ValidateNotNull()]$v = 1
[Parameter(Mandatory)][string]$p = 'x'
