class Calculator {
    [int] Add([int]$a, [int]$b) {
        $sum = $a + $b
    }
}
