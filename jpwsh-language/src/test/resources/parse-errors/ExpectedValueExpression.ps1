function Reset-Counter {
    $script:count =
}
