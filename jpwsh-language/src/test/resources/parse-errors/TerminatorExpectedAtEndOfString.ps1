$name = 'World'
Write-Host "Hello, $name
