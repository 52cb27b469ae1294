# A void method that returns a value is refused before the script runs (VoidMethodHasReturn), so nothing of it runs
#! exit: 1
'before'
class A {
    [void] Get() { return 5 }
}
