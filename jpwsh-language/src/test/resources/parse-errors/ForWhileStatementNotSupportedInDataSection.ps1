data Texts {
    while ($false) { 'x' }
}
