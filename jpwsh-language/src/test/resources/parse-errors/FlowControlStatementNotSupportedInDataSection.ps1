data Messages {
    throw 'not ready'
}
