# A native program's exit code lands in $LASTEXITCODE, and a non-zero code makes $? false.
sh -c 'echo from sh'
$LASTEXITCODE
sh -c 'exit 7'
$?
$LASTEXITCODE
