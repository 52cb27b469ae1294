$config = @{
    Name = 'web'
    Port 8080
}
