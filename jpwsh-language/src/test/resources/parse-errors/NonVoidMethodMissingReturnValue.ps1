class Counter {
    [int] Next() {
        return
    }
}
