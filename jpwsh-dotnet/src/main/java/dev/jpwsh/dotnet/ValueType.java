package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.ValueType, the base of .NET's structs: a name for {@code [ValueType]} and {@code -is [ValueType]}, never
 * instantiated (the structs themselves are Java's boxed numbers and jpwsh's records).
 */
@DotNetName("System.ValueType")
public final class ValueType {
    private ValueType() {
    }
}
