data Texts {
    switch ('x') { 'x' { 'y' } }
}
