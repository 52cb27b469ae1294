function Add-Numbers {
    param($a, $b
    $a + $b
}
