function Get-Data {
    begin
    process { $_ }
}
