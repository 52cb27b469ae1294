$config = @{
    Name = 'web'
    Port =
}
