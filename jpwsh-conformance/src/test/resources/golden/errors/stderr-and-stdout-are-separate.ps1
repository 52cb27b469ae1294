# Errors go to stderr while output keeps flowing to stdout in order.
'one'
Write-Error 'first error'
'two'
Write-Error 'second error'
'three'
