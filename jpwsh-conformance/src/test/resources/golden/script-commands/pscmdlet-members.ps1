# $PSCmdlet's session members: SessionState, InvokeCommand, InvokeProvider (also $ExecutionContext's), GetVariableValue, provider paths, CurrentProviderLocation, CommandRuntime, MyInvocation, ParameterSetName.
$root = Join-Path ([System.IO.Path]::GetTempPath()) "jpwsh-pscmdlet-$PID"
New-Item -ItemType Directory -Path $root | Out-Null
New-Item -ItemType File -Path (Join-Path $root 'one.txt') | Out-Null
New-Item -ItemType File -Path (Join-Path $root 'two.txt') | Out-Null
Set-Location $root
$outer = 'from the caller'
function Show-Cmdlet {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param([Parameter(ParameterSetName = 'ByName')] $Name, [Parameter(ParameterSetName = 'ById')] $Id)
    $PSCmdlet.GetType().FullName
    $PSCmdlet.SessionState.GetType().FullName
    $PSCmdlet.SessionState.PSVariable.GetValue('outer')
    $PSCmdlet.InvokeCommand.ExpandString('expanded $outer')
    $PSCmdlet.InvokeProvider.Item.Exists('one.txt')
    $PSCmdlet.InvokeProvider.Item.Exists('three.txt')
    $PSCmdlet.InvokeProvider.Item.Exists('Variable:\outer')
    $PSCmdlet.GetVariableValue('outer')
    "default: $($PSCmdlet.GetVariableValue('missing', 'fallback'))"
    $resolved = $PSCmdlet.GetResolvedProviderPathFromPSPath('*.txt', [ref]$null)
    ($resolved | ForEach-Object { Split-Path $_ -Leaf }) -join ','
    $provider = $null
    $null = $PSCmdlet.GetResolvedProviderPathFromPSPath('one.txt', [ref]$provider)
    $provider.Name
    (Split-Path $PSCmdlet.GetUnresolvedProviderPathFromPSPath('later/new.txt') -Parent) -eq (Join-Path $root 'later')
    $PSCmdlet.CurrentProviderLocation('FileSystem').Path -eq $root
    "runtime: $($PSCmdlet.CommandRuntime)"
    $PSCmdlet.MyInvocation.MyCommand.Name
    $PSCmdlet.ParameterSetName
    try { $PSCmdlet.GetResolvedProviderPathFromPSPath('nothing.here', [ref]$null) } catch {
        $_.Exception.InnerException.GetType().Name
    }
}
Show-Cmdlet
(Show-Cmdlet -Id 4)[-2]
$ExecutionContext.InvokeProvider.Item.Get('one.txt').Name
$ExecutionContext.InvokeProvider.ChildItem.HasChild($root)
$ExecutionContext.InvokeProvider.ChildItem.HasChild('Function:')
Set-Location /
Remove-Item -Recurse -Force $root
