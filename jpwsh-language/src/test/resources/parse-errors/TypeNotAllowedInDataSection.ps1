data Layout {
    [xml]'<root/>'
}
