class Service {
    Start {
        'starting'
    }
}
