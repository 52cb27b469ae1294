# Error records merged into the output with 2>&1 show as pwsh's concise view shows them: a Write-Error record as
# "Write-Error: message", a native program's error line as the line itself.
Write-Error 'written' 2>&1
sh -c 'echo from-stderr >&2' 2>&1
'after'
