$total = 0
foreach ($n in) {
    $total += $n
}
