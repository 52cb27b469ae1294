package dev.jpwsh.engine.types;

import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.types.dotnet.MapMembers;
import dev.jpwsh.engine.types.dotnet.StringMembers;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Member access on any value: custom object properties, hashtable keys, the intrinsic Count and Length, member
 * enumeration over collections, and Java getters, fields and methods found without regard to case. Classes
 * that lack a .NET member scripts use get it from a companion class ({@link StringMembers}, {@link MapMembers}).
 */
public final class Members {
    private Members() {
    }

    public static Object get(Object target, String name) {
        if (target instanceof Boolean b && name.equalsIgnoreCase("IsPresent")) {
            return b;
        }
        if (target != null && name.equalsIgnoreCase("psobject")) {
            return new dev.jpwsh.engine.types.dotnet.PSObjectView(target);
        }
        if (target instanceof Class<?> type) {
            Object[] found = new Object[1];
            Object value = javaProperty(DotNetType.of(type), name, found);
            if (found[0] != null) {
                return value;
            }
        }
        switch (target) {
            case null -> {
                return name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length") ? 0 : null;
            }
            case PSObject object -> {
                PSObject.Property p = object.property(name);
                return p != null ? p.value() : intrinsic(target, name);
            }
            case Map<?, ?> map -> {
                if (map.containsKey(name)) {
                    return map.get(name);
                }
                return switch (name.toLowerCase(java.util.Locale.ROOT)) {
                    case "count" -> map.size();
                    case "keys" -> map.keySet().toArray();
                    case "values" -> map.values().toArray();
                    default -> javaProperty(target, name, new Object[1]);
                };
            }
            default -> {
                if (Enumerables.isEnumerable(target) && !(target instanceof Collection<?> && hasJavaProperty(target,
                        name))) {
                    return collectionMember(target, name);
                }
                Object[] found = new Object[1];
                Object value = javaProperty(target, name, found);
                return found[0] != null ? value : intrinsic(target, name);
            }
        }
    }

    /**
     * Whether reading {@code name} finds a member, for strict mode: a dictionary answers every key, a collection
     * enumerates its elements' members, and Count and Length exist everywhere.
     */
    public static boolean has(Object target, String name) {
        if (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length")) {
            return true;
        }
        return switch (target) {
            case null -> false;
            case PSObject object -> object.property(name) != null;
            case Map<?, ?> map -> true;
            default -> Enumerables.isEnumerable(target) || hasJavaProperty(target, name);
        };
    }

    /** Count and Length on any single value: 1 (PowerShell treats a scalar as a collection of one). */
    private static Object intrinsic(Object target, String name) {
        return name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length") ? 1 : null;
    }

    /**
     * A member of a collection: its Count (and an array's Length), else member enumeration: the member of each
     * element, nulls kept, or null when no element has it.
     */
    private static Object collectionMember(Object target, String name) {
        List<Object> items = Enumerables.toList(target);
        if (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length") && target instanceof Object[]) {
            return items.size();
        }
        List<Object> values = new ArrayList<>();
        boolean any = false;
        for (Object item : items) {
            Object v = get(item, name);
            if (v != null) {
                any = true;
                Enumerables.write(v, values::add);
            } else {
                values.add(null);
            }
        }
        return any ? Enumerables.collect(values) : null;
    }

    /** Whether the object has a Java property by that name. */
    private static boolean hasJavaProperty(Object target, String name) {
        Object[] found = new Object[1];
        javaProperty(target, name, found);
        return found[0] != null;
    }

    /** A Java getter, public field or no-argument accessor; {@code found[0]} is set when one exists. */
    private static Object javaProperty(Object target, String name, Object[] found) {
        if (target instanceof Throwable t && name.equalsIgnoreCase("InnerException")) {
            found[0] = Boolean.TRUE;
            return t.getCause();
        }
        if (target instanceof Throwable t
                && (name.equalsIgnoreCase("Message") || name.equalsIgnoreCase("StackTrace"))) {
            // .NET's text, never Java's; the Java frames are no .NET stack trace, so there is none
            found[0] = Boolean.TRUE;
            return name.equalsIgnoreCase("Message") ? dev.jpwsh.runtime.error.ExceptionNames.message(t) : null;
        }
        if (target instanceof String s && name.equalsIgnoreCase("Length")) {
            found[0] = Boolean.TRUE;
            return s.length();
        }
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        boolean isStatic = target instanceof Class<?>;
        for (String candidate : new String[] {"get" + name, "is" + name, name}) {
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0 && m.getName().equalsIgnoreCase(candidate)
                        && Modifier.isStatic(m.getModifiers()) == isStatic && m.getReturnType() != void.class
                        && !MethodInvoker.hiddenFromScripts(m)) {
                    found[0] = Boolean.TRUE;
                    return MethodInvoker.call(m, isStatic ? null : target, List.of());
                }
            }
        }
        for (Field f : type.getFields()) {
            if (f.getName().equalsIgnoreCase(name) && Modifier.isStatic(f.getModifiers()) == isStatic) {
                found[0] = Boolean.TRUE;
                try {
                    return f.get(isStatic ? null : target);
                } catch (IllegalAccessException e) {
                    return null;
                }
            }
        }
        return null;
    }

    public static void set(Object target, String name, Object value) {
        switch (target) {
            case null -> throw RuntimeFailures.create("PropertyAssignmentException", "InvalidOperation",
                    "The property '" + name + "' cannot be found on this object. Verify that the property exists "
                            + "and can be set.", null);
            case PSObject object -> {
                if (object.property(name) == null) {
                    throw RuntimeFailures.propertyNotFound(name);
                }
                object.set(name, value);
            }
            case Map<?, ?> map -> {
                @SuppressWarnings("unchecked")
                Map<Object, Object> m = (Map<Object, Object>) map;
                m.put(name, value);
            }
            default -> setJava(target, name, value);
        }
    }

    private static void setJava(Object target, String name, Object value) {
        for (Method m : target.getClass().getMethods()) {
            if (m.getParameterCount() == 1 && m.getName().equalsIgnoreCase("set" + name)) {
                MethodInvoker.call(m, target, List.of(value));
                return;
            }
        }
        for (Field f : target.getClass().getFields()) {
            if (f.getName().equalsIgnoreCase(name) && !Modifier.isFinal(f.getModifiers())) {
                try {
                    f.set(target, Conversions.convert(value, MethodInvoker.boxed(f.getType())));
                    return;
                } catch (IllegalAccessException e) {
                    break;
                }
            }
        }
        throw RuntimeFailures.propertyNotFound(name);
    }

    /** {@code target.Name(args)} on an instance. */
    public static Object invoke(Object target, String name, List<Object> args) {
        if (target == null) {
            throw RuntimeFailures.invokeMethodOnNull();
        }
        Class<?> companion = companionOf(target);
        if (companion != null) {
            Object[] found = new Object[1];
            Object result = MethodInvoker.invokeExtension(companion, target, name, args, found);
            if (found[0] != null) {
                return result;
            }
        }
        if (name.equalsIgnoreCase("GetType") && args.isEmpty()) {
            return DotNetType.ofValue(target);
        }
        if (name.equalsIgnoreCase("ToString") && args.isEmpty()) {
            return target instanceof Object[] || target instanceof java.util.Iterator<?>
                    ? TypeNames.ofValue(target)
                    : dev.jpwsh.runtime.convert.LanguagePrimitives.toString(target);
        }
        Method method = MethodInvoker.find(target.getClass(), false, name, args);
        if (method == null && Enumerables.isEnumerable(target)) {
            return invokeOnEach(target, name, args);
        }
        if (method == null) {
            throw RuntimeFailures.methodNotFound(TypeNames.ofValue(target), name);
        }
        return MethodInvoker.call(method, target, args);
    }

    /** Method-call enumeration: {@code $words.ToUpper()} calls the method on every element. */
    private static Object invokeOnEach(Object target, String name, List<Object> args) {
        List<Object> results = new ArrayList<>();
        for (Object item : Enumerables.toList(target)) {
            Object r = invoke(item, name, args);
            if (r != MethodInvoker.VOID) {
                Enumerables.write(r, results::add);
            }
        }
        return Enumerables.collect(results);
    }

    private static Class<?> companionOf(Object target) {
        return target instanceof String ? StringMembers.class : target instanceof Map<?, ?> ? MapMembers.class : null;
    }

    private static Class<?> staticCompanion(Class<?> type) {
        if (type == Boolean.class) {
            return dev.jpwsh.engine.types.dotnet.PrimitiveStatics.BooleanStatics.class;
        }
        if (type == Integer.class) {
            return dev.jpwsh.engine.types.dotnet.PrimitiveStatics.IntStatics.class;
        }
        if (type == String.class) {
            return dev.jpwsh.engine.types.dotnet.PrimitiveStatics.StringStatics.class;
        }
        if (type == java.math.BigInteger.class) {
            return dev.jpwsh.engine.types.dotnet.PrimitiveStatics.BigIntegerStatics.class;
        }
        return null;
    }

    /** {@code [Type]::Name}: a static property or field. */
    public static Object getStatic(Class<?> type, String name) {
        Class<?> companion = type == String.class ? StringMembers.class : null;
        Object[] found = new Object[1];
        Object value = javaProperty(type, constantName(type, name), found);
        if (found[0] == null && companion != null) {
            value = javaProperty(companion, name, found);
        }
        return value;
    }

    /** .NET's {@code MaxValue} on numeric types is Java's {@code MAX_VALUE}. */
    private static String constantName(Class<?> type, String name) {
        if (Number.class.isAssignableFrom(type) || type == Character.class) {
            if (name.equalsIgnoreCase("MaxValue")) {
                return "MAX_VALUE";
            }
            if (name.equalsIgnoreCase("MinValue")) {
                return "MIN_VALUE";
            }
        }
        return name;
    }

    /**
     * {@code [Type]::Name(args)} and {@code [Type]::new(args)}; a new instance of a generic type takes the type
     * arguments ({@code [int]} for {@code [List[int]]::new()}).
     */
    public static Object invokeStatic(Class<?> type, List<Class<?>> typeArguments, String name, List<Object> args) {
        if (name.equalsIgnoreCase("new")) {
            if (type == String.class) {
                return newString(args);
            }
            Object created = MethodInvoker.construct(type, args);
            if (created instanceof GenericInstance generic && !typeArguments.isEmpty()) {
                generic.bindTypeArguments(typeArguments);
            }
            return created;
        }
        Method method = MethodInvoker.find(type, true, name, args);
        Class<?> statics = staticCompanion(type);
        if (method == null && statics != null) {
            method = MethodInvoker.find(statics, true, name, args);
        }
        if (method == null && type == String.class) {
            method = MethodInvoker.find(StringMembers.class, true, name, args);
        }
        if (method == null) {
            throw RuntimeFailures.methodNotFound(TypeNames.of(type), name);
        }
        return MethodInvoker.call(method, null, args);
    }

    /** {@code [string]::new(char, count)} and {@code [string]::new(char[])}. */
    private static String newString(List<Object> args) {
        if (args.size() == 2) {
            return String.valueOf(Conversions.convert(args.get(0), Character.class))
                    .repeat((Integer) Conversions.convert(args.get(1), Integer.class));
        }
        StringBuilder sb = new StringBuilder();
        for (Object c : Enumerables.toList(args.getFirst())) {
            sb.append(dev.jpwsh.runtime.convert.LanguagePrimitives.toString(c));
        }
        return sb.toString();
    }
}
