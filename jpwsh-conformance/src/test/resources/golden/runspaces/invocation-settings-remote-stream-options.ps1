# PSInvocationSettings.RemoteStreamOptions is a flags enum, None by default, set by name, names or value
$settings = [System.Management.Automation.PSInvocationSettings]::new()
$settings.RemoteStreamOptions
$settings.RemoteStreamOptions = 'AddInvocationInfoToErrorRecord, AddInvocationInfoToWarningRecord'
$settings.RemoteStreamOptions
[int]$settings.RemoteStreamOptions
$settings.RemoteStreamOptions = [System.Management.Automation.RemoteStreamOptions]::AddInvocationInfo
$settings.RemoteStreamOptions
[int][System.Management.Automation.RemoteStreamOptions]'AddInvocationInfoToDebugRecord, AddInvocationInfoToVerboseRecord'
