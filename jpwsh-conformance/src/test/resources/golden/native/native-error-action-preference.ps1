# $PSNativeCommandArgumentPassing is Standard and $PSNativeCommandUseErrorActionPreference false by default; when true, a
# non-zero exit code writes ProgramExitedWithNonZeroCode, which
# $ErrorActionPreference = 'Stop' turns into a terminating NativeCommandExitException.
"defaults: $PSNativeCommandArgumentPassing $((Get-Variable PSNativeCommandUseErrorActionPreference).Value)"
sh -c 'exit 2'
"off: code $LASTEXITCODE"
$PSNativeCommandUseErrorActionPreference = $true
$records = sh -c 'exit 2' 2>&1
"on: $($records.FullyQualifiedErrorId): $($records.Exception.Message)"
$ErrorActionPreference = 'Stop'
try {
    sh -c 'exit 5'
    'not reached'
} catch {
    $_.Exception.GetType().FullName
    $_.Exception.Message
    "exit code $($_.Exception.ExitCode), target $($_.TargetObject -like '*/sh')"
}
sh -c 'exit 0'
"zero: $LASTEXITCODE"
