data Texts {
    try { 'a' } catch { 'b' }
}
