data Outer {
    data Inner { 'nested' }
}
