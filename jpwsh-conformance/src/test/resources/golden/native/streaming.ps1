# A native program's output flows down the pipeline while it runs: Select-Object -First stops an endless producer
# or one that would sleep for a long time, and pipeline input reaches a native program line by line.
yes | Select-Object -First 3
sh -c 'echo first; sleep 60; echo never' | Select-Object -First 1
1..3 | cat
'one', 'two' | sh -c 'while read line; do echo "got $line"; done'
$lines = sh -c 'printf "a\nb\r\nc"'
"$($lines.Count): $($lines -join '|')"
