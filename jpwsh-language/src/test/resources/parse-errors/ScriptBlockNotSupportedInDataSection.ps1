data Actions {
    { 'static' }
}
