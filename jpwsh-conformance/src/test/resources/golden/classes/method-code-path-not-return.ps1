# A method with a return type where a path ends without return or throw is refused, pointing at the method's name (MethodHasCodePathNotReturn); if/else, try/catch and throw paths that all end count as returning
#! exit: 1
class Fine {
    [int] A([bool]$b) { if ($b) { return 1 } else { return 2 } }
    [int] B() { try { return 1 } catch { throw } }
    [int] C() { throw 'never' }
}
class Bad {
    [string] Get([int]$x) {
        if ($x -gt 0) { return 'positive' }
    }
}
