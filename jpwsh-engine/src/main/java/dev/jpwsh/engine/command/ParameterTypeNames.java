package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.TypeNames;
import java.util.Map;

/**
 * The short type names pwsh prints in syntax lines: its built-in type accelerator when the type has one
 * ({@code string}, {@code int}, {@code pscredential}), else the .NET name without its namespace ({@code Object},
 * {@code Encoding}); arrays add {@code []}. Stateless.
 */
final class ParameterTypeNames {
    private static final Map<String, String> ACCELERATORS = Map.ofEntries(
            Map.entry("System.Array", "array"), Map.entry("System.Boolean", "bool"), Map.entry("System.Byte", "byte"),
            Map.entry("System.Char", "char"), Map.entry("System.DateTime", "datetime"),
            Map.entry("System.Decimal", "decimal"), Map.entry("System.Double", "double"),
            Map.entry("System.Single", "float"), Map.entry("System.Guid", "guid"),
            Map.entry("System.Collections.Hashtable", "hashtable"), Map.entry("System.Int32", "int"),
            Map.entry("System.Int16", "short"), Map.entry("System.Int64", "long"),
            Map.entry("System.Collections.Specialized.OrderedDictionary", "ordered"),
            Map.entry("System.Management.Automation.PSCredential", "pscredential"),
            Map.entry("System.Management.Automation.PSObject", "psobject"),
            Map.entry("System.Management.Automation.PSReference", "ref"),
            Map.entry("System.Text.RegularExpressions.Regex", "regex"), Map.entry("System.SByte", "sbyte"),
            Map.entry("System.String", "string"), Map.entry("System.Management.Automation.SwitchParameter", "switch"),
            Map.entry("System.Globalization.CultureInfo", "cultureinfo"),
            Map.entry("System.Numerics.BigInteger", "bigint"), Map.entry("System.Security.SecureString",
                    "securestring"),
            Map.entry("System.TimeSpan", "timespan"), Map.entry("System.UInt16", "ushort"),
            Map.entry("System.UInt32", "uint"), Map.entry("System.UInt64", "ulong"), Map.entry("System.Uri", "uri"),
            Map.entry("System.Version", "version"), Map.entry("System.Void", "void"),
            Map.entry("System.Net.IPAddress", "ipaddress"), Map.entry("System.Xml.XmlDocument", "xml"),
            Map.entry("System.Management.Automation.SemanticVersion", "semver"),
            Map.entry("System.Management.Automation.ScriptBlock", "scriptblock"),
            Map.entry("System.Management.Automation.PSVariable", "psvariable"), Map.entry("System.Type", "type"),
            Map.entry("System.Management.Automation.PSModuleInfo", "psmoduleinfo"),
            Map.entry("System.Management.Automation.Runspaces.Runspace", "runspace"),
            Map.entry("System.Management.Automation.PowerShell", "powershell"));

    private ParameterTypeNames() {
    }

    /** The short name of a Java field's type: the .NET type it stands for, a Java map as a hashtable. */
    static String of(Class<?> type) {
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
            String accelerator = ACCELERATORS.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(full))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            return accelerator != null ? accelerator : name.substring(name.lastIndexOf('.') + 1);
        }
        return name;
    }
}
