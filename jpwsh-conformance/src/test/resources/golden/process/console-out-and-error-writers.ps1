# [Console]::Out and [Console]::Error are writers to the host's output and error streams, not the pipeline: what they
# write is not captured by an assignment, and text written in parts arrives as written.
$captured = & { [Console]::Out.WriteLine('out line'); [Console]::Error.WriteLine('error line'); 'pipeline' }
"captured: $captured"
[Console]::Error.Write('first part, ')
[Console]::Error.Write('second part')
[Console]::Error.WriteLine()
[Console]::Out.Write('no newline')
[Console]::Out.WriteLine()
[Console]::Out.NewLine.Length
