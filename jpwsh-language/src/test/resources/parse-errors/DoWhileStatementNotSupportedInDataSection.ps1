data Texts {
    do { 'x' } until ($true)
}
