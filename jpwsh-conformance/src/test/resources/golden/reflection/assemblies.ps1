# The emulated assemblies: AppDomain's list, a type's assembly, GetTypes and GetType by name, a script class's dynamic assembly
$names = [System.AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { $_.GetName().Name }
$names -contains 'System.Private.CoreLib'
$names -contains 'System.Management.Automation'
$core = [int].Assembly
$core.FullName
$core.GetType('System.Int32') -eq [int]
$null -eq $core.GetType('System.Management.Automation.ErrorRecord')
$core.GetTypes() -contains [string]
[System.Management.Automation.ErrorRecord].Assembly.GetType('System.Management.Automation.ErrorRecord').Name
class Local { }
[Local].Assembly.GetName().Name
[Local].Assembly.IsDynamic
[int].Assembly.IsDynamic
[int].Assembly -eq [string].Assembly
