# A bare return in a method with a return type is refused before the script runs (NonVoidMethodMissingReturnValue)
#! exit: 1
'before'
class A {
    [int] Get() { return }
}
