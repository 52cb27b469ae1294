# Write-Error -ErrorAction Stop that nobody catches ends the script with exit code 1.
#! exit: 1
'before'
Write-Error 'fatal' -ErrorAction Stop
'after'
