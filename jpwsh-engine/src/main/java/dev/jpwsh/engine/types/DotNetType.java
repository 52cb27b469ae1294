package dev.jpwsh.engine.types;

import dev.jpwsh.runtime.object.OrderedHashtable;
import dev.jpwsh.runtime.object.ScriptEnum;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.Set;

/**
 * What {@code GetType()} returns and what a type literal's properties read ({@code [int].FullName}): the .NET
 * type's names, its base type and the flags pwsh's type table view shows (IsPublic, IsSerializable). Its text is
 * the full name, as .NET's {@code Type.ToString()}. Immutable.
 *
 * @param fullName the .NET full name ({@code System.Int32})
 * @param type     the Java class that stands for it, or null for a .NET type with none ({@code System.ValueType})
 */
@dev.jpwsh.runtime.object.DotNetName("System.RuntimeType")
public record DotNetType(String fullName, Class<?> type) {
    private static final DotNetType VALUE_TYPE = new DotNetType("System.ValueType", null);
    private static final DotNetType OBJECT = new DotNetType("System.Object", Object.class);

    /** The .NET value types (structs) among the classes that stand for .NET types: their base is ValueType. */
    private static final Set<String> STRUCTS = Set.of("System.Int32", "System.Int64", "System.Int16", "System.SByte",
            "System.Byte", "System.UInt16", "System.UInt32", "System.UInt64", "System.Double", "System.Single",
            "System.Decimal", "System.Numerics.BigInteger", "System.Boolean", "System.Char", "System.DateTime",
            "System.TimeSpan", "System.Guid", "System.Management.Automation.SwitchParameter");

    /** The .NET types marked serializable among those scripts commonly inspect. */
    private static final Set<String> SERIALIZABLE = Set.of("System.Object", "System.String", "System.Array",
            "System.Collections.Hashtable", "System.Collections.ArrayList", "System.Version",
            "System.Collections.Specialized.OrderedDictionary", "System.Management.Automation.PSObject");

    /** A type literal's type ({@code [int]}). */
    public static DotNetType of(Class<?> type) {
        return new DotNetType(TypeNames.of(type), type);
    }

    /** A value's type, as its {@code GetType()} returns it. */
    public static DotNetType ofValue(Object value) {
        return new DotNetType(TypeNames.ofValue(value), value.getClass());
    }

    public String getFullName() {
        return fullName;
    }

    /** The name without namespace or declaring type: {@code SyncHashtable} for {@code Hashtable+SyncHashtable}. */
    public String getName() {
        return TypeNames.simpleName(fullName);
    }

    public String getNamespace() {
        int dot = fullName.lastIndexOf('.');
        return dot < 0 ? "" : fullName.substring(0, dot);
    }

    /** Every type scripts reach is public. */
    public boolean getIsPublic() {
        return true;
    }

    public boolean getIsSerializable() {
        return STRUCTS.contains(fullName) || SERIALIZABLE.contains(fullName) || type != null
                && (type.isArray() || type.isEnum() || Throwable.class.isAssignableFrom(type));
    }

    public boolean getIsEnum() {
        return type != null && (type.isEnum() || ScriptEnum.isScriptEnum(type));
    }

    public boolean getIsArray() {
        return type != null && type.isArray();
    }

    /**
     * The base type: ValueType for structs, Enum for enums, Array for arrays, none for Object and interfaces, the
     * superclass when it too stands for a .NET type, else Object.
     */
    public DotNetType getBaseType() {
        if (fullName.equals("System.Object") || type != null && type.isInterface()) {
            return null;
        }
        if (STRUCTS.contains(fullName)) {
            return VALUE_TYPE;
        }
        if (getIsEnum()) {
            return new DotNetType("System.Enum", null);
        }
        if (type != null && type.isArray()) {
            return new DotNetType("System.Array", Object[].class);
        }
        Class<?> base = type == null ? null : type.getSuperclass();
        return base == null || base == Object.class || type == OrderedHashtable.class
                || !TypeNames.standsForDotNet(base) ? OBJECT : of(base);
    }

    @Override
    public String toString() {
        return fullName;
    }
}
