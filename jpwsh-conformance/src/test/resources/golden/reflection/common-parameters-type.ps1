# [System.Management.Automation.Internal.CommonParameters] lists the common parameters as its properties, in pwsh's
# order (PowerShell's own tests count them with GetProperties().Length); a facade's GetProperties keeps its .NET order
$type = [System.Management.Automation.Internal.CommonParameters]
$type.FullName
$type.GetProperties().Length
$type.GetProperties().Name -join ','
$type.GetProperty('ErrorAction').PropertyType.FullName
[psvariable].GetProperties().Name -join ','
