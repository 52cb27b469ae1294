data Sizes {
    'text'.Length
}
