# A typed trap handles only matching exceptions.
function Test-Typed {
    trap [System.ArgumentException] { 'argument trap'; continue }
    trap { 'general trap'; continue }
    throw [System.ArgumentException]::new('a')
    throw 'plain'
    'end'
}
Test-Typed
