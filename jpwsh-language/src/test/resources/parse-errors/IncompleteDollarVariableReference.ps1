$greeting = 'hi'
Write-Output ${greeting
