# Calling a method the object does not have fails with MethodNotFound naming the type.
try { 'abc'.NoSuchMethod() } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
