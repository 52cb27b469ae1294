data messages {
    ConvertFrom-StringData @'
hello = Hello
'@
}
data -SupportedCommand ConvertFrom-StringData, Format-Thing { 'x' }
