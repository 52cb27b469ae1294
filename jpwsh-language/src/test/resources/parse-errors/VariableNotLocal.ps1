class Report {
    [int] Total() {
        return $count
    }
}
