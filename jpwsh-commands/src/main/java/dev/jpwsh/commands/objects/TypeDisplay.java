package dev.jpwsh.commands.objects;

import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.Collection;
import java.util.Map;

/**
 * Types as pwsh writes them in member definitions: a type accelerator's name where one exists ({@code string},
 * {@code int}, {@code cultureinfo}), else the .NET full name; never a Java class name for a .NET facade's types.
 */
final class TypeDisplay {
    private static final Map<String, String> ACCELERATORS = Map.ofEntries(Map.entry("System.Int32", "int"),
            Map.entry("System.Int64", "long"), Map.entry("System.Int16", "short"), Map.entry("System.Byte", "byte"),
            Map.entry("System.SByte", "sbyte"), Map.entry("System.UInt16", "ushort"),
            Map.entry("System.UInt32", "uint"), Map.entry("System.UInt64", "ulong"),
            Map.entry("System.Double", "double"), Map.entry("System.Single", "float"),
            Map.entry("System.Decimal", "decimal"), Map.entry("System.Numerics.BigInteger", "bigint"),
            Map.entry("System.String", "string"), Map.entry("System.Boolean", "bool"),
            Map.entry("System.Char", "char"), Map.entry("System.Void", "void"), Map.entry("System.Type", "type"),
            Map.entry("System.RuntimeType", "type"), Map.entry("System.DateTime", "datetime"),
            Map.entry("System.TimeSpan", "timespan"), Map.entry("System.Guid", "guid"),
            Map.entry("System.Version", "version"), Map.entry("System.Uri", "uri"),
            Map.entry("System.Array", "array"), Map.entry("System.Collections.Hashtable", "hashtable"),
            Map.entry("System.Globalization.CultureInfo", "cultureinfo"),
            Map.entry("System.Management.Automation.ScriptBlock", "scriptblock"),
            Map.entry("System.Management.Automation.PSObject", "psobject"),
            Map.entry("System.Text.RegularExpressions.Regex", "regex"),
            Map.entry("System.Management.Automation.PSCustomObject", "PSCustomObject"));

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
        return ACCELERATORS.getOrDefault(fullName, fullName);
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
