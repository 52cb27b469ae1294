class Finder {
    [void] Scan() {
        foreach ($i in 1..3) {
            break outer
        }
    }
}
