$n = 0
while () {
    $n++
}
