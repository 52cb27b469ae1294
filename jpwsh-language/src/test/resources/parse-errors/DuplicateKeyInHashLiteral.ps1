$config = @{
    Name = 'web'
    Port = 80
    name = 'api'
}
