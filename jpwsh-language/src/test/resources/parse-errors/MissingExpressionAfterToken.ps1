function Set-Range {
    param($Low, )
    "$Low"
}
