# *>&1 merges every stream into the output in the order the messages were written.
$all = & {
    'first'
    Write-Warning 'careful'
    Write-Verbose 'chatty' -Verbose
    Write-Information 'note'
    Write-Error 'failed'
    'last'
} *>&1
$all | ForEach-Object { '{0}: {1}' -f $_.GetType().Name, $_ }
