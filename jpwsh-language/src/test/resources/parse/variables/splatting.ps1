Get-ChildItem @params
Invoke-Thing @args -Extra 1
