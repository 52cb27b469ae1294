package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.TypeAccelerators;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.Map;

/**
 * The short type names pwsh prints in syntax lines: its built-in type accelerator when the type has one
 * ({@code string}, {@code int}, {@code pscredential}), else the .NET name without its namespace ({@code Object},
 * {@code Encoding}); arrays add {@code []}. Stateless.
 */
public final class ParameterTypeNames {

    private ParameterTypeNames() {
    }

    /** The short name of a Java field's type: the .NET type it stands for, a Java map as a hashtable. */
    public static String of(Class<?> type) {
        if (type.isArray()) {
            return of(type.getComponentType()) + "[]";
        }
        if (type.isPrimitive()) {
            type = java.lang.invoke.MethodType.methodType(type).wrap().returnType();
        }
        if (Map.class.isAssignableFrom(type)) {
            return "hashtable";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "Object[]";
        }
        return ofName(TypeNames.of(type));
    }

    /** The short name of a type written as a .NET name or an accelerator ({@code [string[]]}, {@code [System.IO.FileInfo]}). */
    static String ofName(String name) {
        if (name.endsWith("[]")) {
            return ofName(name.substring(0, name.length() - 2)) + "[]";
        }
        String full = name.regionMatches(true, 0, "System.", 0, 7) || name.contains(".") ? name : null;
        if (full != null) {
            String accelerator = TypeAccelerators.of(full);
            return accelerator != null ? accelerator : name.substring(name.lastIndexOf('.') + 1);
        }
        return name;
    }
}
