data Texts {
    function Get-Text { 'x' }
}
