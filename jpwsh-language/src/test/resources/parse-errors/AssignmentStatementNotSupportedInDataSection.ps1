data Texts {
    $greeting = 'hello'
}
