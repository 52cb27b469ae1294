package dev.jpwsh.engine.types;

import dev.jpwsh.engine.types.reflection.BindingFlags;
import dev.jpwsh.engine.types.reflection.EmulatedAssembly;
import dev.jpwsh.engine.types.reflection.GenericParameter;
import dev.jpwsh.engine.types.reflection.ReflectedConstructor;
import dev.jpwsh.engine.types.reflection.ReflectedField;
import dev.jpwsh.engine.types.reflection.ReflectedMethod;
import dev.jpwsh.engine.types.reflection.ReflectedProperty;
import dev.jpwsh.engine.types.reflection.TypeSurface;
import dev.jpwsh.runtime.error.ExceptionHierarchy;
import dev.jpwsh.runtime.object.OrderedHashtable;
import dev.jpwsh.runtime.object.ScriptEnum;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.List;
import java.util.Set;

/**
 * What {@code GetType()} returns and what a type literal's properties read ({@code [int].FullName}): the .NET
 * type's names, its base type and the flags pwsh's type table view shows (IsPublic, IsSerializable). Its text is
 * the full name, as .NET's {@code Type.ToString()}. A constructed generic type ({@code [List[int]]}) carries its type
 * arguments, which the erased Java class cannot. Immutable.
 *
 * @param fullName      the .NET full name ({@code System.Int32}), of the generic definition for a constructed type
 *                      ({@code System.Collections.Generic.List`1})
 * @param type          the Java class that stands for it, or null for a .NET type with none ({@code System.ValueType})
 * @param typeArguments a constructed generic type's arguments, empty for any other type: classes, or constructed types
 *                      that keep their own arguments ({@code List[int]} in {@code Dictionary[string,List[int]]})
 */
@dev.jpwsh.runtime.object.DotNetName("System.RuntimeType")
public record DotNetType(String fullName, Class<?> type, List<?> typeArguments)
        implements dev.jpwsh.runtime.object.NamedType {
    private static final DotNetType VALUE_TYPE = new DotNetType("System.ValueType", dev.jpwsh.dotnet.ValueType.class);
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

    /**
     * The generic families one class stands for at every arity (System.Func`1 to `17, System.Action`1 to `16): a
     * constructed type's or definition's name adds the arity.
     */
    private static final Set<String> VARIADIC = Set.of("System.Func", "System.Action");

    /** Each class's type, made once: member access on a type literal reads it on every access. */
    private static final ClassValue<DotNetType> OF_CLASS = new ClassValue<>() {
        @Override
        protected DotNetType computeValue(Class<?> type) {
            return new DotNetType(TypeNames.of(type), type);
        }
    };

    public DotNetType(String fullName, Class<?> type) {
        this(fullName, type, List.of());
    }

    /**
     * The type a name with type arguments names ({@code [List[int]]}): the generic definition's class with the
     * arguments, or the class itself when it is no generic type (an array of one, a type that takes none).
     */
    public static Object constructed(Class<?> definition, List<?> arguments) {
        DotNetType raw = of(definition);
        if (!arguments.isEmpty() && VARIADIC.contains(raw.fullName)) {
            return new DotNetType(raw.fullName + "`" + arguments.size(), definition, List.copyOf(arguments));
        }
        return arguments.isEmpty() || !raw.getIsGenericType() || definition.isArray() ? definition
                : new DotNetType(raw.fullName, definition, List.copyOf(arguments));
    }

    /**
     * The type a name without type arguments names: {@code type} itself, or for a generic definition named by its
     * arity ({@code List`1}, {@code System.Func`2}) that generic definition, which MakeGenericType builds on and whose
     * text names its parameters ({@code "$([List`1])"} is {@code System.Collections.Generic.List`1[T]}).
     */
    public static Object named(String name, Class<?> type) {
        int tick = name.lastIndexOf('`');
        DotNetType raw = of(type);
        if (tick < 0 || !name.substring(tick + 1).matches("[1-9][0-9]?")) {
            return type;
        }
        if (!VARIADIC.contains(raw.fullName)) {
            return raw.getIsGenericType() ? raw : type;
        }
        return new DotNetType(raw.fullName + name.substring(tick), type);
    }

    /** The class a type value stands for: the class itself, a constructed type's erased class. */
    public static Class<?> classOf(Object type) {
        return type instanceof DotNetType t ? t.type : type instanceof Class<?> c ? c : null;
    }

    /** A type value's type arguments: a constructed type's, none for a class. */
    public static List<?> argumentsOf(Object type) {
        return type instanceof DotNetType t ? t.typeArguments : List.of();
    }

    /** A type value as a type object: a constructed type itself, a class's type. */
    private static DotNetType typeValue(Object type) {
        return type instanceof DotNetType t ? t : of((Class<?>) type);
    }

    /** A type literal's type ({@code [int]}). */
    public static DotNetType of(Class<?> type) {
        return OF_CLASS.get(type);
    }

    /** A value's type, as its {@code GetType()} returns it. */
    public static DotNetType ofValue(Object value) {
        Class<?> type = value.getClass();
        DotNetType known = OF_CLASS.get(type);
        String name = TypeNames.ofValue(value);
        return name.equals(known.fullName) ? known : new DotNetType(name, type);
    }

    /**
     * What {@code $x.GetType()} returns: the value's class itself, the same object as its type literal
     * ({@code (1).GetType() -eq [int]}), unless the value shows another .NET type than its class does (a custom
     * object, an exception standing for another .NET exception, a type).
     */
    public static Object typeOf(Object value) {
        Class<?> type = value.getClass();
        if (value instanceof dev.jpwsh.dotnet.collections.GenericInstance generic) {
            return constructed(type, generic.typeArguments());
        }
        if (value instanceof dev.jpwsh.dotnet.Delegate delegate) {
            return constructed(type, delegate.typeArguments());
        }
        DotNetType known = OF_CLASS.get(type);
        return TypeNames.ofValue(value).equals(known.fullName) ? type : ofValue(value);
    }

    /**
     * The full name; a constructed type's names each argument assembly-qualified:
     * {@code System.Collections.Generic.List`1[[System.Int32, System.Private.CoreLib, Version=...]]}.
     */
    public String getFullName() {
        if (typeArguments.isEmpty()) {
            return fullName;
        }
        StringBuilder text = new StringBuilder(fullName).append('[');
        for (Object argument : typeArguments) {
            text.append(text.charAt(text.length() - 1) == '[' ? "[" : ",[")
                    .append(typeValue(argument).getAssemblyQualifiedName()).append(']');
        }
        return text.append(']').toString();
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
     * The base type: ValueType for structs and Enum, Enum for enums, Array for arrays, none for Object and interfaces, the
     * superclass when it too stands for a .NET type, else Object.
     */
    public DotNetType getBaseType() {
        if (fullName.equals("System.Object") || type != null && type.isInterface()) {
            return null;
        }
        if (fullName.equals("System.Array")) {
            return OBJECT;
        }
        if (STRUCTS.contains(fullName) || fullName.equals("System.Enum")) {
            return VALUE_TYPE;
        }
        String exceptionBase = ExceptionHierarchy.baseOf(fullName);
        if (exceptionBase != null) {
            Class<?> base = TypeResolver.shared().resolve(exceptionBase, false);
            return base == null ? new DotNetType(exceptionBase, null) : new DotNetType(exceptionBase, base);
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

    /**
     * {@code value -is type}: the type a literal or GetType() gives; an array is also each of .NET's collection
     * interfaces (IEnumerable, ICollection, IList) and a .NET enum value is an Enum.
     */
    public static boolean isInstance(Object type, Object value) {
        Class<?> c = type instanceof DotNetType t ? t.type : type instanceof Class<?> k ? k : null;
        if (c == null || value == null) {
            return false;
        }
        if (c == dev.jpwsh.dotnet.ValueType.class) {
            return ofValue(value).getIsValueType();
        }
        if (value instanceof Throwable t && ExceptionHierarchy.knows(TypeNames.of(c))) {
            return ExceptionHierarchy.derives(dev.jpwsh.runtime.error.ExceptionNames.of(t), TypeNames.of(c));
        }
        return c == Object.class || c.isInstance(value) || c == Object[].class && value instanceof Object[]
                || c == Class.class && value instanceof DotNetType
                || value.getClass().isArray() && (c == Iterable.class || c == java.util.Collection.class
                        || c == java.util.List.class)
                || c == dev.jpwsh.dotnet.EnumStatics.class
                        && (value instanceof Enum<?> || value instanceof dev.jpwsh.runtime.object.ScriptEnum);
    }

    public boolean getIsValueType() {
        return STRUCTS.contains(fullName) || getIsEnum();
    }

    public boolean getIsPrimitive() {
        return STRUCTS.contains(fullName) && !fullName.equals("System.Decimal") && !fullName.equals("System.DateTime")
                && !fullName.equals("System.TimeSpan") && !fullName.equals("System.Guid")
                && !fullName.startsWith("System.Management") && !fullName.startsWith("System.Numerics");
    }

    public boolean getIsInterface() {
        return type != null && type.isInterface();
    }

    public boolean getIsClass() {
        return !getIsValueType() && !getIsInterface();
    }

    public boolean getIsAbstract() {
        return type != null && java.lang.reflect.Modifier.isAbstract(type.getModifiers()) && !type.isArray();
    }

    public boolean getIsSealed() {
        return getIsValueType() || type != null && java.lang.reflect.Modifier.isFinal(type.getModifiers());
    }

    /** A generic type's name carries its arity: {@code List`1}. */
    public boolean getIsGenericType() {
        return fullName.contains("`");
    }

    public boolean getIsGenericTypeDefinition() {
        return getIsGenericType() && typeArguments.isEmpty();
    }

    public boolean getIsConstructedGenericType() {
        return !typeArguments.isEmpty();
    }

    /** A constructed type's arguments; none for any other type. */
    public Object[] getGenericTypeArguments() {
        return typeArguments.toArray();
    }

    /** A generic definition's parameters are open; a constructed type's arguments are types. */
    public boolean getContainsGenericParameters() {
        return getIsGenericTypeDefinition();
    }

    public boolean getIsGenericParameter() {
        return false;
    }

    public Object getUnderlyingSystemType() {
        return type;
    }

    public Object getDeclaringType() {
        return type == null || type.getDeclaringClass() == null ? null : type.getDeclaringClass();
    }

    public EmulatedAssembly getAssembly() {
        return EmulatedAssembly.of(type == null ? Object.class : type);
    }

    /** {@code System.Int32, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=...}. */
    public String getAssemblyQualifiedName() {
        return getFullName() + ", " + getAssembly().getFullName();
    }

    /** A constructed type's arguments; a generic definition's parameters ({@code T}). */
    public Object[] GetGenericArguments() {
        return getIsGenericTypeDefinition() ? GenericParameter.of(fullName, this) : typeArguments.toArray();
    }

    /**
     * The generic definition a constructed type was made from, or the definition itself: the same type object as
     * its literal by arity ({@code [List`1]}).
     */
    public Object GetGenericTypeDefinition() {
        if (!getIsGenericType()) {
            throw new IllegalStateException("This operation is only valid on generic types.");
        }
        return typeArguments.isEmpty() ? this : named(fullName, type);
    }

    public Object GetElementType() {
        return type != null && type.isArray() ? type.getComponentType() : null;
    }

    public Object MakeArrayType() {
        return type == null ? null : type.arrayType();
    }

    /** {@code MakeGenericType([int])} or with an array of types; the overloads below take .NET's params form. */
    public Object MakeGenericType(Object[] arguments) {
        return TypeSurface.makeGenericType(this, arguments);
    }

    public Object MakeGenericType(Object first, Object second) {
        return TypeSurface.makeGenericType(this, new Object[] {first, second});
    }

    public Object MakeGenericType(Object first, Object second, Object third) {
        return TypeSurface.makeGenericType(this, new Object[] {first, second, third});
    }

    public boolean IsAssignableFrom(Object other) {
        String exception = exceptionName(other);
        if (exception != null && ExceptionHierarchy.knows(fullName)) {
            return ExceptionHierarchy.derives(exception, fullName);
        }
        return TypeSurface.isAssignableFrom(type, other instanceof DotNetType t ? t.type : other);
    }

    public boolean IsInstanceOfType(Object value) {
        if (value instanceof Throwable t && ExceptionHierarchy.knows(fullName)) {
            return ExceptionHierarchy.derives(dev.jpwsh.runtime.error.ExceptionNames.of(t), fullName);
        }
        return TypeSurface.isInstanceOfType(type, value);
    }

    public boolean IsSubclassOf(Object other) {
        String exception = exceptionName(other);
        if (exception != null && ExceptionHierarchy.knows(fullName)) {
            return !exception.equals(fullName) && ExceptionHierarchy.derives(fullName, exception);
        }
        return TypeSurface.isSubclassOf(type, other instanceof DotNetType t ? t.type : other);
    }

    /** The full name of a type that {@link ExceptionHierarchy} knows, or null. */
    private static String exceptionName(Object type) {
        String name = type instanceof DotNetType t ? t.fullName : type instanceof Class<?> c ? TypeNames.of(c) : null;
        return ExceptionHierarchy.knows(name) ? name : null;
    }

    public Object[] GetInterfaces() {
        return TypeSurface.interfaces(type);
    }

    public Object[] GetMethods() {
        return TypeSurface.methods(type, null);
    }

    public Object[] GetMethods(BindingFlags flags) {
        return TypeSurface.methods(type, flags);
    }

    public ReflectedMethod GetMethod(String name) {
        return TypeSurface.method(type, name, null, null);
    }

    public ReflectedMethod GetMethod(String name, BindingFlags flags) {
        return TypeSurface.method(type, name, flags, null);
    }

    public ReflectedMethod GetMethod(String name, Class<?>[] parameterTypes) {
        return TypeSurface.method(type, name, null, parameterTypes);
    }

    public Object[] GetProperties() {
        return TypeSurface.properties(type, null);
    }

    public Object[] GetProperties(BindingFlags flags) {
        return TypeSurface.properties(type, flags);
    }

    public ReflectedProperty GetProperty(String name) {
        return TypeSurface.property(type, name, null);
    }

    public ReflectedProperty GetProperty(String name, BindingFlags flags) {
        return TypeSurface.property(type, name, flags);
    }

    public Object[] GetFields() {
        return TypeSurface.fields(type, null);
    }

    public Object[] GetFields(BindingFlags flags) {
        return TypeSurface.fields(type, flags);
    }

    public ReflectedField GetField(String name) {
        return TypeSurface.field(type, name, null);
    }

    public ReflectedField GetField(String name, BindingFlags flags) {
        return TypeSurface.field(type, name, flags);
    }

    public Object[] GetConstructors() {
        return TypeSurface.constructors(type, null);
    }

    public Object[] GetConstructors(BindingFlags flags) {
        return TypeSurface.constructors(type, flags);
    }

    public ReflectedConstructor GetConstructor(Class<?>[] parameterTypes) {
        return TypeSurface.constructor(type, parameterTypes);
    }

    public Object[] GetMembers() {
        return TypeSurface.members(type, null);
    }

    public Object[] GetMembers(BindingFlags flags) {
        return TypeSurface.members(type, flags);
    }

    public Object[] GetMember(String name) {
        return TypeSurface.member(type, name, null);
    }

    public Object[] GetMember(String name, BindingFlags flags) {
        return TypeSurface.member(type, name, flags);
    }

    public Object InvokeMember(String name, BindingFlags flags, Object binder, Object target, Object[] args) {
        return TypeSurface.invokeMember(type, name, flags, target, args);
    }

    public Object[] GetEnumNames() {
        return TypeSurface.enumNames(type);
    }

    /** A built-in cmdlet's {@code [Cmdlet()]} attribute; no other attributes are known. */
    public Object[] GetCustomAttributes(boolean inherit) {
        dev.jpwsh.engine.command.CmdletAttribute cmdlet = type == null ? null
                : dev.jpwsh.engine.command.CmdletAttribute.of(type);
        return cmdlet == null ? new Object[0] : new Object[] {cmdlet};
    }

    public Object[] GetCustomAttributes(Object attributeType, boolean inherit) {
        Class<?> wanted = classOf(attributeType);
        return java.util.Arrays.stream(GetCustomAttributes(inherit)).filter(wanted::isInstance).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DotNetType t ? t.fullName.equals(fullName) && t.type == type
                && t.typeArguments.equals(typeArguments)
                : other instanceof Class<?> c && c == type && typeArguments.isEmpty()
                        && OF_CLASS.get(c).fullName.equals(fullName);
    }

    @Override
    public int hashCode() {
        return type != null ? type.hashCode() : fullName.hashCode();
    }

    /** A type value's .NET text ({@code [int].ToString()} is {@code System.Int32}): a class's full name, or see below. */
    public static String text(Object type) {
        return type instanceof Class<?> c ? TypeNames.of(c) : type.toString();
    }

    /**
     * The name PowerShell shows for the type in text: a constructed type's is its definition's name with its
     * arguments' in brackets ({@code System.Collections.Generic.List[int]}).
     */
    @Override
    public String powerShellName() {
        if (typeArguments.isEmpty()) {
            return type != null && !getIsGenericType() && of(type).equals(this) ? TypeNames.powerShellName(type)
                    : toString();
        }
        StringBuilder text = new StringBuilder(fullName.substring(0, fullName.lastIndexOf('`'))).append('[');
        typeArguments.forEach(a -> text.append(text.charAt(text.length() - 1) == '[' ? "" : ",")
                .append(a instanceof DotNetType t ? t.powerShellName() : TypeNames.powerShellName((Class<?>) a)));
        return text.append(']').toString();
    }

    /**
     * .NET's text: the full name, a constructed type's with its arguments' full names ({@code List`1[System.Int32]}),
     * a definition's with its parameters' names ({@code List`1[T]}).
     */
    @Override
    public String toString() {
        if (typeArguments.isEmpty()) {
            return getIsGenericTypeDefinition() ? fullName + java.util.Arrays.stream(GetGenericArguments())
                    .map(Object::toString).collect(java.util.stream.Collectors.joining(",", "[", "]")) : fullName;
        }
        StringBuilder text = new StringBuilder(fullName).append('[');
        typeArguments.forEach(a -> text.append(text.charAt(text.length() - 1) == '[' ? "" : ",").append(typeValue(a)));
        return text.append(']').toString();
    }
}
