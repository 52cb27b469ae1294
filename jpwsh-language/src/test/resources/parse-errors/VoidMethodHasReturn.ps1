class Greeter {
    Greet() {
        return 'hello'
    }
}
