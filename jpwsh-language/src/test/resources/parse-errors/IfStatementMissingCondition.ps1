$value = 5
if () {
    'empty'
}
