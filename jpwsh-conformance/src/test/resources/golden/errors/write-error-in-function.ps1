# Write-Error inside a function is reported under the function's name, at the line that called it.
function Test-It {
    Write-Error 'inner problem'
}
Test-It
'after'
