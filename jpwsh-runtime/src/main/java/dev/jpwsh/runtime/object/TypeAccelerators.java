package dev.jpwsh.runtime.object;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PowerShell's built-in type accelerators by the .NET type they stand for, as pwsh writes a type in member
 * definitions and syntax lines ({@code string}, {@code int}, {@code pscredential}). Stateless.
 */
public final class TypeAccelerators {
    private static final Map<String, String> BY_FULL_NAME = Map.ofEntries(
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
            Map.entry("System.Management.Automation.PSListModifier", "pslistmodifier"),
            Map.entry("System.Net.IPEndPoint", "IPEndpoint"), Map.entry("System.Net.Mail.MailAddress", "mailaddress"),
            Map.entry("System.Management.Automation.ScriptBlock", "scriptblock"),
            Map.entry("System.Management.Automation.PSVariable", "psvariable"), Map.entry("System.Type", "type"),
            Map.entry("System.Management.Automation.PSModuleInfo", "psmoduleinfo"),
            Map.entry("System.Management.Automation.Runspaces.Runspace", "runspace"),
            Map.entry("System.Management.Automation.PowerShell", "powershell"));
    private static final Map<String, String> BY_LOWER_NAME = BY_FULL_NAME.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));

    private TypeAccelerators() {
    }

    /** {@return the accelerator of a .NET full type name, in any case, or null when it has none} */
    public static String of(String fullName) {
        return BY_LOWER_NAME.get(fullName.toLowerCase(Locale.ROOT));
    }
}
