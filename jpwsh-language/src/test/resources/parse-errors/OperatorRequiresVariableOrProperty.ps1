for ($i = 0; $i -lt 5; 5++) {
    $i
}
