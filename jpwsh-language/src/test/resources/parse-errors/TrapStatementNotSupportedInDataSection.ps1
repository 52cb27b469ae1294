data Texts {
    trap { 'failed' }
    'hello'
}
