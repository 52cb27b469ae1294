data Slugs {
    'a-b' -replace '-', '_'
}
