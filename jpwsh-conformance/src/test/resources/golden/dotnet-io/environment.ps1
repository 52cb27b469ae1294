# [System.Environment]: variables shared with $env:, machine and process facts that hold on any Linux machine
$name = 'JPWSH_IO_ENV_' + [guid]::NewGuid().ToString('N')
"unset: $($null -eq [Environment]::GetEnvironmentVariable($name))"
$env:JPWSH_IO_ENV_TEST = 'from $env:'
"set through `$env: $([Environment]::GetEnvironmentVariable('JPWSH_IO_ENV_TEST'))"
[Environment]::SetEnvironmentVariable($name, 'from Environment')
[Environment]::SetEnvironmentVariable('JPWSH_IO_ENV_SET', 'from Environment')
"seen by `$env: $env:JPWSH_IO_ENV_SET"
$env:JPWSH_IO_ENV_SET = $null
"in GetEnvironmentVariables: $([Environment]::GetEnvironmentVariables()[$name])"
[Environment]::SetEnvironmentVariable($name, '')
"empty removes: $($null -eq [Environment]::GetEnvironmentVariable($name))"
"Process target: $([Environment]::GetEnvironmentVariable('JPWSH_IO_ENV_TEST', 'Process'))"
"User target on Linux: $($null -eq [Environment]::GetEnvironmentVariable('JPWSH_IO_ENV_TEST', [EnvironmentVariableTarget]::User))"
"Expand: $([Environment]::ExpandEnvironmentVariables('<%JPWSH_IO_ENV_TEST%> <%JPWSH_NOT_SET_X%>'))"
try { [Environment]::SetEnvironmentVariable('', 'x') } catch { $_.Exception.InnerException.Message }
try { [Environment]::GetEnvironmentVariable([NullString]::Value) } catch { $_.Exception.InnerException.Message }
$env:JPWSH_IO_ENV_TEST = $null
"NewLine: $([int][char][Environment]::NewLine) $([Environment]::NewLine.Length)"
"ProcessorCount positive: $([Environment]::ProcessorCount -gt 0)"
"MachineName: $(-not [string]::IsNullOrEmpty([Environment]::MachineName))"
"UserName: $(-not [string]::IsNullOrEmpty([Environment]::UserName))"
"Is64BitProcess: $([Environment]::Is64BitProcess -is [bool])"
"OSVersion: $([Environment]::OSVersion.Platform) $([Environment]::OSVersion.VersionString.StartsWith('Unix '))"
"ProcessId: $([Environment]::ProcessId -eq $PID)"
"CurrentDirectory rooted: $([IO.Path]::IsPathRooted([Environment]::CurrentDirectory))"
"GetCurrentDirectory agrees: $([IO.Directory]::GetCurrentDirectory() -eq [Environment]::CurrentDirectory)"
"UserProfile is HOME: $([Environment]::GetFolderPath('UserProfile') -eq $env:HOME)"
"Personal is HOME: $([Environment]::GetFolderPath([Environment+SpecialFolder]::Personal) -eq $env:HOME)"
"Windows folder: [$([Environment]::GetFolderPath('Windows'))]"
"TickCount64 grows: $([Environment]::TickCount64 -ge 0)"
