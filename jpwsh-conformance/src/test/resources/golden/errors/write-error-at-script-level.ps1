# Write-Error at a script's top level shows "Write-Error:" and the message on stderr, and the script goes on.
Write-Error 'went wrong'
'after'
