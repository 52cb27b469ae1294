data Text -SupportCommand ConvertFrom-Json {
    ConvertFrom-Json '{}'
}
