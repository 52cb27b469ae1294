package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.ValueType, the base of .NET's structs: a name for {@code [ValueType]} and {@code -is [ValueType]}, never
 * instantiated (the structs themselves are Java's boxed numbers and jpwsh's records); and .NET's default of a type.
 */
@DotNetName("System.ValueType")
public final class ValueType {
    private ValueType() {
    }

    /**
     * .NET's {@code default(T)} for the types jpwsh models as values: zero of a number type, false, the null
     * character, DateTime.MinValue, TimeSpan.Zero, the empty Guid, the enum constant of value 0 when there is one;
     * null for everything else (reference types, and a script enum, which the engine knows).
     */
    public static Object defaultOf(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return false;
        }
        if (type == Character.class || type == char.class) {
            return '\0';
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != void.class
                || dev.jpwsh.runtime.number.UnsignedInteger.class.isAssignableFrom(type)) {
            return EngineServices.ENGINE.convert(0, type);
        }
        if (type == dev.jpwsh.dotnet.time.DateTime.class) {
            return dev.jpwsh.dotnet.time.DateTime.getMinValue();
        }
        if (type == dev.jpwsh.dotnet.time.TimeSpan.class) {
            return dev.jpwsh.dotnet.time.TimeSpan.getZero();
        }
        if (type == SystemStatics.Guid.class) {
            return SystemStatics.Guid.Empty;
        }
        if (type.isEnum()) {
            try {
                return EngineServices.ENGINE.convert(0, type);
            } catch (RuntimeException noZero) {
                return type.getEnumConstants()[0];
            }
        }
        return null;
    }
}
