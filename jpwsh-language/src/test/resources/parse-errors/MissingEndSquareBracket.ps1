function Get-First($items) {
    $items[0
}
