$config = @{
    Name = 'web'
    Port = 80
