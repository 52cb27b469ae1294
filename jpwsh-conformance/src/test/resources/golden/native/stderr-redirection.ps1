# A native program's standard error: with 2>&1 each line becomes an ErrorRecord wrapping a RemoteException in the
# output (NativeCommandError for the first line, NativeCommandErrorMessage after it); 2>$null drops the lines and
# 2>file writes them to the file; without redirection they go to the host's error output as they are.
$all = @(sh -c 'echo out1' 2>&1) + @(sh -c 'echo err1 >&2; echo err2 >&2' 2>&1)
$all.Count
foreach ($item in $all) {
    if ($item -is [System.Management.Automation.ErrorRecord]) {
        "error: $item | $($item.FullyQualifiedErrorId) | $($item.Exception.GetType().FullName) | [$($item.TargetObject)]"
    } else {
        "output: $item"
    }
}
$Error.Clear()
sh -c 'echo dropped >&2' 2>$null
"errors recorded: $($Error.Count), success $?"
$dir = (mktemp -d).Trim()
sh -c 'echo to-file >&2; echo to-output' 2>"$dir/err.txt"
"file: $(cat "$dir/err.txt")"
rm -r $dir
sh -c 'echo straight to the host >&2'
'done'
