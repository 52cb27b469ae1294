class Shell {
    Run() {
        param($Command)
    }
}
