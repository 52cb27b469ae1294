# A value converts to [bool] by PowerShell's rules: zero, empty and $null are false, any non-empty string is true.
[bool]0
[bool]42
[bool]''
[bool]'False'
[bool]'0'
[bool]$null
[bool]@()
[bool]@(0)
[bool]@(0, 0)
[bool]@{}
