package dev.jpwsh.commands.objects;

import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeAccelerators;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.Collection;
import java.util.Map;

/**
 * Types as pwsh writes them in member definitions: a type accelerator's name where one exists ({@code string},
 * {@code int}, {@code cultureinfo}), else the .NET full name; never a Java class name for a .NET facade's types.
 */
final class TypeDisplay {
    /** Names Get-Member writes short although pwsh has no accelerator for them. */
    private static final Map<String, String> SHORT_NAMES = Map.of("System.RuntimeType", "type",
            "System.Management.Automation.PSCustomObject", "PSCustomObject");

    private TypeDisplay() {
    }

    /** A parameter, return or property type of a .NET facade. */
    static String of(Class<?> type) {
        if (type.isArray()) {
            return of(type.getComponentType()) + "[]";
        }
        if (type.isPrimitive()) {
            return primitive(type);
        }
        if (TypeNames.standsForDotNet(type)) {
            return byName(TypeNames.of(type));
        }
        if (Map.class.isAssignableFrom(type)) {
            return "System.Collections.IDictionary";
        }
        if (Collection.class.isAssignableFrom(type) || Iterable.class.isAssignableFrom(type)) {
            return "System.Collections.IEnumerable";
        }
        return type == PSObject.class ? "PSCustomObject" : "System.Object";
    }

    /** A plain Java class's type as scripts reach it: by its Java name, or .NET's where it stands for one. */
    static String ofJava(Class<?> type) {
        if (type.isArray()) {
            return ofJava(type.getComponentType()) + "[]";
        }
        return type.isPrimitive() ? primitive(type) : byName(TypeNames.of(type));
    }

    /** The accelerator of a .NET full type name, or the name itself. */
    static String byName(String fullName) {
        if (fullName.endsWith("[]")) {
            return byName(fullName.substring(0, fullName.length() - 2)) + "[]";
        }
        String accelerator = TypeAccelerators.of(fullName);
        return accelerator != null ? accelerator : SHORT_NAMES.getOrDefault(fullName, fullName);
    }

    /** A note property's value type: the accelerator, or the name without namespace ({@code Object[]}). */
    static String ofValue(Object value) {
        if (value == null) {
            return "object";
        }
        if (value instanceof PSObject o) {
            return o.typeNames().getFirst();
        }
        String full = TypeNames.ofValue(value);
        String shown = byName(full);
        return shown.equals(full) ? TypeNames.simpleName(full.replace("[]", "")) + (full.endsWith("[]") ? "[]" : "")
                : shown;
    }

    private static String primitive(Class<?> type) {
        return switch (type.getName()) {
            case "int" -> "int";
            case "long" -> "long";
            case "short" -> "short";
            case "byte" -> "sbyte";
            case "double" -> "double";
            case "float" -> "float";
            case "boolean" -> "bool";
            case "char" -> "char";
            default -> "void";
        };
    }
}
