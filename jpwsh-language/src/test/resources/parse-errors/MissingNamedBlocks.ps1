begin {
    $count = 0
}
$count++
