class Item {
    [string][int]$Id
}
