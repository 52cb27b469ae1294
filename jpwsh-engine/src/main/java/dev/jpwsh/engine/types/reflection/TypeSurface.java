package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.types.DotNetType;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.engine.types.MemberGuard;
import dev.jpwsh.engine.types.MethodCallSite;
import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.object.ScriptEnum;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What System.Type answers beyond its names, for the engine's type object: relations between types, member lookups
 * by name, flags and parameter types ({@link TypeReflection}), InvokeMember, and the types made from a type
 * (array, generic). A null class (a .NET type with no Java class, System.ValueType) has no members. Stateless.
 */
public final class TypeSurface {
    /** The Java interfaces that are .NET's collection interfaces, as System.Array implements them. */
    private static final List<Class<?>> ARRAY_INTERFACES = List.of(Iterable.class, java.util.Collection.class,
            java.util.List.class, Cloneable.class);

    private TypeSurface() {
    }

    /** {@code [IEnumerable].IsAssignableFrom([int[]])}: a value of {@code other} is a value of {@code type}. */
    public static boolean isAssignableFrom(Class<?> type, Object other) {
        Class<?> from = other instanceof Class<?> c ? c : null;
        if (type == null || from == null) {
            return false;
        }
        return MethodInvoker.boxed(type).isAssignableFrom(MethodInvoker.boxed(from))
                || from.isArray() && ARRAY_INTERFACES.stream().anyMatch(type::isAssignableFrom);
    }

    public static boolean isInstanceOfType(Class<?> type, Object value) {
        return value != null && isAssignableFrom(type, value.getClass());
    }

    public static boolean isSubclassOf(Class<?> type, Object other) {
        return other instanceof Class<?> c && type != null && c != type && !c.isInterface()
                && c.isAssignableFrom(type);
    }

    /** The interfaces a type implements, inherited ones included. */
    public static Object[] interfaces(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            collect(c, all);
        }
        if (type != null && type.isArray()) {
            all.addAll(ARRAY_INTERFACES.subList(0, 3));
        }
        boolean dotNet = type != null && (type.isArray() || TypeNames.standsForDotNet(type));
        return all.stream().filter(i -> dotNet ? TypeNames.standsForDotNet(i) : !i.getName().startsWith("dev.jpwsh.")
                || TypeNames.standsForDotNet(i)).toArray();
    }

    private static void collect(Class<?> type, Set<Class<?>> into) {
        for (Class<?> i : type.getInterfaces()) {
            if (into.add(i)) {
                collect(i, into);
            }
        }
    }

    public static Object[] methods(Class<?> type, BindingFlags flags) {
        return type == null ? new Object[0] : TypeReflection.methods(type, flags);
    }

    /** {@code GetMethod(name)}, {@code GetMethod(name, flags)}, {@code GetMethod(name, [type[]]@(...))}. */
    public static ReflectedMethod method(Class<?> type, String name, BindingFlags flags, Object[] parameterTypes) {
        return TypeReflection.single(type, methods(type, flags), name, flags,
                (ReflectedMethod m) -> parameterTypes == null
                        || TypeReflection.sameParameters(m.parameterTypes(), parameterTypes));
    }

    public static Object[] properties(Class<?> type, BindingFlags flags) {
        return type == null ? new Object[0] : TypeReflection.properties(type, flags);
    }

    public static ReflectedProperty property(Class<?> type, String name, BindingFlags flags) {
        return TypeReflection.single(type, properties(type, flags), name, flags, p -> true);
    }

    public static Object[] fields(Class<?> type, BindingFlags flags) {
        return type == null ? new Object[0] : TypeReflection.fields(type, flags);
    }

    public static ReflectedField field(Class<?> type, String name, BindingFlags flags) {
        return TypeReflection.single(type, fields(type, flags), name, flags, f -> true);
    }

    public static Object[] constructors(Class<?> type, BindingFlags flags) {
        return type == null ? new Object[0] : TypeReflection.constructors(type, flags);
    }

    public static ReflectedConstructor constructor(Class<?> type, Object[] parameterTypes) {
        for (Object c : constructors(type, null)) {
            ReflectedConstructor constructor = (ReflectedConstructor) c;
            if (TypeReflection.sameParameters(constructor.parameterTypes(), parameterTypes)) {
                return constructor;
            }
        }
        return null;
    }

    public static Object[] members(Class<?> type, BindingFlags flags) {
        return type == null ? new Object[0] : TypeReflection.members(type, flags);
    }

    /** {@code GetMember(name)}: every member by that name (all overloads of a method). */
    public static Object[] member(Class<?> type, String name, BindingFlags flags) {
        boolean ignoreCase = flags != null && flags.has(BindingFlags.IgnoreCase);
        return Arrays.stream(members(type, flags)).filter(m -> ignoreCase
                ? ((ReflectedMember) m).getName().equalsIgnoreCase(name) : ((ReflectedMember) m).getName().equals(name))
                .toArray();
    }

    /**
     * {@code InvokeMember(name, flags, binder, target, args)}: creates an instance, reads or sets a property or
     * field, or calls a method, as the flags say; a null target reaches the static member.
     */
    public static Object invokeMember(Class<?> type, String name, BindingFlags flags, Object target, Object[] args) {
        List<Object> arguments = args == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(args));
        BindingFlags f = flags == null ? BindingFlags.InvokeMethod : flags;
        if (f.has(BindingFlags.CreateInstance)) {
            return Members.invokeStatic(type, List.of(), "new", arguments, MemberGuard.NONE, new MethodCallSite());
        }
        boolean isStatic = target == null;
        if (f.has(BindingFlags.GetProperty) || f.has(BindingFlags.GetField)) {
            return isStatic ? Members.getStatic(type, name, MemberGuard.NONE) : Members.get(target, name);
        }
        if (f.has(BindingFlags.SetProperty) || f.has(BindingFlags.SetField)) {
            Object value = arguments.isEmpty() ? null : arguments.getLast();
            if (isStatic) {
                Members.setStatic(type, name, value, MemberGuard.NONE);
            } else {
                Members.set(target, name, value, MemberGuard.NONE);
            }
            return null;
        }
        Object result = isStatic
                ? Members.invokeStatic(type, List.of(), name, arguments, MemberGuard.NONE, new MethodCallSite())
                : Members.invoke(target, name, arguments, MemberGuard.NONE);
        return result == AutomationNull.VALUE ? null : result;
    }

    /** {@code [System.Collections.Generic.List`1].MakeGenericType([int])}: the generic type, as a literal names it. */
    public static Object makeGenericType(DotNetType self, Object[] arguments) {
        Class<?> type = self.type();
        if (type == null || !self.getIsGenericTypeDefinition()) {
            throw new IllegalStateException(self + " is not a GenericTypeDefinition. MakeGenericType "
                    + "may only be called on a type for which Type.IsGenericTypeDefinition is true.");
        }
        String name = self.fullName();
        int arity = Integer.parseInt(name.substring(name.lastIndexOf('`') + 1));
        if (arguments == null || arguments.length != arity) {
            throw new IllegalArgumentException("The number of generic arguments provided doesn't equal the arity of "
                    + "the generic type definition. (Parameter 'instantiation')");
        }
        List<Class<?>> classes = new ArrayList<>();
        for (Object argument : arguments) {
            Class<?> c = DotNetType.classOf(argument);
            if (c == null) {
                throw new IllegalArgumentException("Value cannot be null. (Parameter 'typeArguments')");
            }
            classes.add(c);
        }
        return DotNetType.constructed(type, classes);
    }

    /** An enum's member names, in the order of their values. */
    public static Object[] enumNames(Class<?> type) {
        if (type != null && type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).toArray();
        }
        if (type != null && ScriptEnum.isScriptEnum(type)) {
            return Arrays.stream(type.getFields()).filter(f -> f.getType() == type).map(f -> f.getName()).toArray();
        }
        throw new IllegalArgumentException("Type provided must be an Enum. (Parameter 'enumType')");
    }

    /** {@code [type]::GetType('System.Int32')}: the type a .NET name names, or null. */
    public static Object typeNamed(String name) {
        Class<?> type = name == null ? null : TypeResolver.shared().resolve(name.strip(), false);
        return type == null ? null : DotNetType.named(name.strip(), type);
    }

    /**
     * The properties a value's type gives it, as {@code $x.psobject.Properties} lists them: a dictionary's and an
     * array's .NET properties, a string's Length, a facade's in its .NET order, a script class's in declaration
     * order; a custom object has none of its own type's.
     */
    public static List<String> adaptedProperties(Object target) {
        return switch (target) {
            case null -> List.of();
            case dev.jpwsh.runtime.object.PSObject o -> List.of();
            case java.util.Map<?, ?> m -> List.of("IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values",
                    "SyncRoot", "Count");
            case Object[] a -> List.of("Length", "LongLength", "Rank", "SyncRoot", "IsReadOnly", "IsFixedSize",
                    "IsSynchronized", "Count");
            case String s -> List.of("Length");
            default -> TypeReflection.instanceProperties(target.getClass());
        };
    }

    /** The methods a value's type gives it, each name once, accessors left out. */
    public static List<String> adaptedMethods(Object target) {
        if (target == null || target instanceof dev.jpwsh.runtime.object.PSObject) {
            return List.of("ToString", "GetType", "Equals", "GetHashCode");
        }
        Set<String> names = new LinkedHashSet<>();
        for (Object m : TypeReflection.methods(target.getClass(), new BindingFlags(4 | 16))) {
            ReflectedMethod method = (ReflectedMethod) m;
            if (!method.getIsSpecialName()) {
                names.add(method.getName());
            }
        }
        return List.copyOf(names);
    }
}
