# Start-Process: -Wait with -PassThru gives the exit code; -ArgumentList is joined and split again as .NET does
# (double quotes group; printf reuses its format for the extra arguments); -RedirectStandardInput/Output/Error,
# -WorkingDirectory and -Environment reach the child, which also sees the session's $env: changes; a missing program
# and one file for both outputs are errors.
$dir = (mktemp -d).Trim()
$run = Start-Process -FilePath sh -ArgumentList '-c', '"exit 3"' -Wait -PassThru
"exit code: $($run.ExitCode), exited: $($run.HasExited)"
$env:JPWSH_START_PROCESS = 'from the session'
Start-Process printf -ArgumentList '"[%s] [%s] [%s]\n"', '"two words"', "$env:JPWSH_START_PROCESS", 'x' -Wait `
    -RedirectStandardOutput "$dir/out.txt"
cat "$dir/out.txt"
printf 'line one\nline two\n' > "$dir/in.txt"
Start-Process sh -ArgumentList '-c', '"tr a-z A-Z; echo oops >&2"' -Wait -RedirectStandardInput "$dir/in.txt" `
    -RedirectStandardOutput "$dir/upper.txt" -RedirectStandardError "$dir/err.txt"
cat "$dir/upper.txt"
"stderr: $(cat "$dir/err.txt")"
Start-Process sh -ArgumentList '-c', '"pwd; echo $JPWSH_GIVEN"' -WorkingDirectory $dir -Wait `
    -Environment @{ JPWSH_GIVEN = 'given' } -RedirectStandardOutput "$dir/where.txt"
(cat "$dir/where.txt")[0] -eq $dir
(cat "$dir/where.txt")[1]
try {
    Start-Process -FilePath 'no-such-program-jpwsh' -ErrorAction Stop
} catch {
    $_.FullyQualifiedErrorId
}
try {
    Start-Process sh -RedirectStandardOutput "$dir/same.txt" -RedirectStandardError "$dir/same.txt"
} catch {
    "$($_.FullyQualifiedErrorId): $_"
}
rm -r $dir
