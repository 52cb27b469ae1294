$n = 0
do {
    $n++
} while
