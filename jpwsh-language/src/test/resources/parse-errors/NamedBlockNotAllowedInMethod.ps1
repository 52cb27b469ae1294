class Job {
    [void] Execute() {
        begin { 'start' }
    }
}
