$items = 1, 2, 3
$first = $items[]
