# A property, parameter or base type naming no type stops the script before its first statement runs, with pwsh's TypeNotFound
#! exit: 1
'before'
class A {
    [NoSuchType]$Value
}
