data Names {
    'text'.ToUpper()
}
