# $PSNativeCommandUseErrorActionPreference: a non-zero exit code writes ProgramExitedWithNonZeroCode, which
# $ErrorActionPreference = 'Stop' turns into a terminating NativeCommandExitException.
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
