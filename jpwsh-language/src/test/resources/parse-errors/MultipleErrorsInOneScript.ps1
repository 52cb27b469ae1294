$config = @{
    Name = 'web'
    Port 8080
}
if ($config.Port -gt 1024) {
    Write-Host 'high port'
}
else
    Write-Host 'low port'
$total = (1 + 2))
