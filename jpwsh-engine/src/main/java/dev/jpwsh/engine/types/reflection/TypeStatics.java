package dev.jpwsh.engine.types.reflection;

/** System.Type's static members: {@code [type]::GetType('System.Int32')}. */
public final class TypeStatics {
    private TypeStatics() {
    }

    /** The type a .NET name names, or null, as {@code Type.GetType(name)} answers. */
    public static Object GetType(String name) {
        return TypeSurface.typeNamed(name);
    }

    public static Object GetType(String name, boolean throwOnError) {
        Object type = TypeSurface.typeNamed(name);
        if (type == null && throwOnError) {
            throw new dev.jpwsh.runtime.error.PSRuntimeException("TypeLoadException", "NotSpecified",
                    "Could not load type '" + name + "' from assembly 'System.Private.CoreLib, Version=8.0.0.0, "
                            + "Culture=neutral, PublicKeyToken=7cec85d7bea7798e'.", null, "System.TypeLoadException");
        }
        return type;
    }

    public static Object[] EmptyTypes() {
        return new Object[0];
    }
}
