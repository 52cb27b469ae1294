package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.dotnet.collections.Dictionary;
import dev.jpwsh.dotnet.collections.StringComparer;
import dev.jpwsh.engine.types.DotNetType;
import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * System.Management.Automation.TypeAccelerators, which pwsh keeps internal and scripts reach by reflection
 * ({@code [Cmdlet].Assembly.GetType('System.Management.Automation.TypeAccelerators')}): {@code ::Get} lists the
 * accelerators by name, {@code ::Add(name, type)} makes a new one for the whole process and {@code ::Remove(name)}
 * forgets one a script added. Stateless; the table is {@link TypeResolver}'s.
 */
@DotNetName("System.Management.Automation.TypeAccelerators")
public final class TypeAcceleratorTable {
    /**
     * pwsh's built-in accelerators on Linux, spelled as it spells them; {@code Get} lists those whose type exists
     * here.
     */
    private static final List<String> BUILT_IN = List.of("Alias", "AllowEmptyCollection", "AllowEmptyString",
            "AllowNull", "ArgumentCompleter", "ArgumentCompletions", "array", "bool", "byte", "char", "CmdletBinding",
            "datetime", "decimal", "double", "DscResource", "ExperimentAction", "Experimental", "ExperimentalFeature",
            "float", "single", "guid", "hashtable", "int", "int32", "short", "int16", "long", "int64", "ciminstance",
            "cimclass", "cimtype", "cimconverter", "IPEndpoint", "NoRunspaceAffinity", "NullString", "OutputType",
            "ObjectSecurity", "ordered", "Parameter", "PhysicalAddress", "pscredential", "PSDefaultValue",
            "pslistmodifier", "psobject", "pscustomobject", "psprimitivedictionary", "ref", "PSTypeNameAttribute",
            "regex", "DscProperty", "sbyte", "string", "SupportsWildcards", "switch", "cultureinfo", "bigint",
            "securestring", "timespan", "ushort", "uint16", "uint", "uint32", "ulong", "uint64", "uri",
            "ValidateCount", "ValidateDrive", "ValidateLength", "ValidateNotNull", "ValidateNotNullOrEmpty",
            "ValidateNotNullOrWhiteSpace", "ValidatePattern", "ValidateRange", "ValidateScript", "ValidateSet",
            "ValidateTrustedData", "ValidateUserDrive", "version", "void", "ipaddress", "DscLocalConfigurationManager",
            "WildcardPattern", "X509Certificate", "X500DistinguishedName", "xml", "CimSession", "mailaddress",
            "semver", "scriptblock", "pspropertyexpression", "psvariable", "type", "psmoduleinfo", "powershell",
            "runspacefactory", "runspace", "initialsessionstate", "psscriptmethod", "psscriptproperty",
            "psnoteproperty", "psaliasproperty", "psvariableproperty");

    private TypeAcceleratorTable() {
    }

    /**
     * {@code ::Get}: a Dictionary[string, type] (names compare without case) of the built-in accelerators, then the
     * ones scripts added. Each call makes a new one, which the script may change without changing the table.
     */
    public static Dictionary getGet() {
        Dictionary all = new Dictionary(StringComparer.getOrdinalIgnoreCase());
        all.bindTypeArguments(List.of(String.class, Class.class));
        TypeResolver resolver = TypeResolver.shared();
        for (String name : BUILT_IN) {
            Class<?> type = resolver.resolve(name, false);
            if (type != null) {
                all.put(name, type);
            }
        }
        resolver.addedAccelerators().forEach(all::put);
        return all;
    }

    /** {@code ::Add(name, [type])}: an accelerator every runspace of the process then knows. */
    public static void Add(String typeName, Object type) {
        Class<?> resolved = DotNetType.classOf(type);
        if (typeName == null || resolved == null) {
            throw new dev.jpwsh.dotnet.ArgumentExceptions.ArgumentNullException(typeName == null ? "key" : "type");
        }
        TypeResolver.shared().addAccelerator(typeName, resolved);
    }

    /** {@code ::Remove(name)}: forgets an accelerator a script added (never a built-in one); always true. */
    public static boolean Remove(String typeName) {
        TypeResolver.shared().removeAccelerator(typeName);
        return true;
    }
}
