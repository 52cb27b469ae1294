package dev.jpwsh.engine.types;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.dotnet.collections.GenericInstance;
import dev.jpwsh.dotnet.collections.MapMembers;
import dev.jpwsh.dotnet.text.StringMembers;
import dev.jpwsh.dotnet.xml.XmlNode;
import dev.jpwsh.dotnet.xml.XmlNodeAdapter;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
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

    /** {@code target.Name} as FullLanguage reads it: through a getter, a field or any no-argument method. */
    public static Object get(Object target, String name) {
        return get(target, name, MemberGuard.NONE);
    }

    /** {@code target.Name}, reading only what {@code guard} allows (getters and fields, in ConstrainedLanguage). */
    public static Object get(Object target, String name, MemberGuard guard) {
        return get(target, name, guard, new PropertyReadSite());
    }

    /**
     * {@code target.Name} as {@link #get(Object, String, MemberGuard)} reads it, calling the getter {@code site}
     * found for the last read of the same key, and remembering a new one.
     */
    public static Object get(Object target, String name, MemberGuard guard, PropertyReadSite site) {
        if (InstanceMembers.any()) {
            PSMember extended = ExtendedMembers.find(target, name);
            if (extended != null) {
                return ExtendedMembers.read(extended, target, guard);
            }
        }
        if (target instanceof XmlNode node) {
            Object adapted = XmlNodeAdapter.get(node, name);
            if (adapted != XmlNodeAdapter.ABSENT) {
                return adapted;
            }
        }
        if (target != null) {
            ResolvedMethod known = site.lookup(target.getClass(), name, guard.readsGettersOnly());
            if (known != null) {
                return known.invoke(target, List.of(), MemberGuard.NONE);
            }
        }
        if (target instanceof Boolean b && name.equalsIgnoreCase("IsPresent")) {
            return b;
        }
        if (target != null && name.equalsIgnoreCase("psobject")) {
            return new dev.jpwsh.dotnet.automation.PSObjectView(target);
        }
        if (target != null && name.equalsIgnoreCase("pstypenames")) {
            return new dev.jpwsh.dotnet.automation.PSObjectView(target).getTypeNames();
        }
        if (target instanceof Class<?> type) {
            Object[] found = new Object[1];
            Object value = javaProperty(DotNetType.of(type), name, found, guard);
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
                    case "syncroot" -> map;
                    default -> javaProperty(target, name, new Object[1], guard);
                };
            }
            default -> {
                // an enumerator's own Current (as $input's) is read, not its elements' Current
                if (Enumeration.isEnumerable(target) && !((target instanceof Collection<?>
                        || target instanceof java.util.Iterator<?> || target instanceof ScriptInstance)
                        && hasJavaProperty(target, name))) {
                    return collectionMember(target, name, guard);
                }
                Object[] found = new Object[1];
                Object value = javaProperty(target, name, found, guard);
                if (found[0] instanceof ResolvedMethod getter && !(target instanceof Class<?>)) {
                    site.remember(target.getClass(), name, guard.readsGettersOnly(), getter);
                }
                return found[0] != null ? value : intrinsic(target, name);
            }
        }
    }

    /**
     * Whether reading {@code name} finds a member, for strict mode: a dictionary answers every key, a collection
     * enumerates its elements' members, and Count and Length exist everywhere.
     */
    public static boolean has(Object target, String name) {
        if (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length")
                || InstanceMembers.any() && ExtendedMembers.find(target, name) != null) {
            return true;
        }
        return switch (target) {
            case null -> false;
            case PSObject object -> object.property(name) != null;
            case Map<?, ?> map -> true;
            case XmlNode node when XmlNodeAdapter.get(node, name) != XmlNodeAdapter.ABSENT -> true;
            default -> Enumeration.isEnumerable(target) || hasJavaProperty(target, name);
        };
    }

    /** Count and Length on any single value: 1 (PowerShell treats a scalar as a collection of one). */
    private static Object intrinsic(Object target, String name) {
        return name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length") ? 1 : null;
    }

    /**
     * A member of a collection: its Count (and an array's Length), else member enumeration as pwsh's: the member of
     * each element that answers it ({@link #ownsMember}; a null value kept), an element that does not skipped and, when
     * it is a collection itself, looked into; one value alone, null when none.
     */
    private static Object collectionMember(Object target, String name, MemberGuard guard) {
        if (name.equalsIgnoreCase("SyncRoot") && (target instanceof Object[] || target instanceof Collection<?>)) {
            return target;
        }
        List<Object> items = Enumeration.toList(target);
        if (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length") && target instanceof Object[]) {
            return items.size();
        }
        List<Object> values = new ArrayList<>();
        for (Object item : items) {
            enumerateMember(item, name, guard, values);
        }
        return Enumerables.collect(values);
    }

    private static void enumerateMember(Object item, String name, MemberGuard guard, List<Object> values) {
        if (ownsMember(item, name)) {
            Enumerables.write(get(item, name, guard), values::add);
        } else if (item != null && Enumeration.isEnumerable(item)) {
            for (Object inner : Enumeration.toList(item)) {
                enumerateMember(inner, name, guard, values);
            }
        }
    }

    /**
     * Whether {@code item} answers {@code name} in member enumeration: a custom object always ($null for a property it
     * lacks, as pwsh reads it through its adapter), a type object when its type has the property, a dictionary when it
     * holds the key (not any key) or has such a member, a collection when it has such a member itself (not its
     * elements), anything else when it has the member.
     */
    private static boolean ownsMember(Object item, String name) {
        if (item instanceof PSObject || item != null && (name.equalsIgnoreCase("psobject")
                || name.equalsIgnoreCase("pstypenames"))) {
            return true;
        }
        if (item instanceof Class<?> type && hasJavaProperty(DotNetType.of(type), name)) {
            return true;
        }
        if (item instanceof Map<?, ?> map) {
            return map.containsKey(name) || switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "count", "keys", "values", "syncroot" -> true;
                default -> hasOwnMember(item, name);
            };
        }
        if (item != null && Enumeration.isEnumerable(item)) {
            return name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length") || hasOwnMember(item, name);
        }
        return has(item, name);
    }

    /** Whether a collection itself (not its elements) has the member: a Java property or an extended member. */
    private static boolean hasOwnMember(Object collection, String name) {
        return hasJavaProperty(collection, name)
                || InstanceMembers.any() && ExtendedMembers.find(collection, name) != null;
    }

    /** Whether {@code target} has a Java property of that name, found without calling anything. */
    private static boolean hasJavaProperty(Object target, String name) {
        if (target instanceof Throwable && dev.jpwsh.engine.types.reflection.ExceptionMembers.isProperty(name)
                || target instanceof String && name.equalsIgnoreCase("Length")) {
            return true;
        }
        if (isDotNetPrimitive(target)) {
            return false;
        }
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        boolean isStatic = target instanceof Class<?>;
        return accessor(type, name, isStatic, false) != null || java.util.Arrays.stream(type.getFields())
                .anyMatch(f -> f.getName().equalsIgnoreCase(name) && Modifier.isStatic(f.getModifiers()) == isStatic);
    }

    /** Whether {@code target} is a string, a boolean, a char or a number of java.lang, which stand for .NET's own types. */
    private static boolean isDotNetPrimitive(Object target) {
        return target instanceof String || target instanceof Boolean || target instanceof Character
                || target instanceof Number && target.getClass().getPackageName().equals("java.lang");
    }

    /**
     * A Java getter, public field or no-argument accessor (only a getter or a record's accessor when the guard
     * {@link MemberGuard#readsGettersOnly reads getters only}); {@code found[0]} is set when one exists, to the
     * {@link ResolvedMethod} when a method was called.
     */
    private static Object javaProperty(Object target, String name, Object[] found, MemberGuard guard) {
        if (target instanceof Throwable t && dev.jpwsh.engine.types.reflection.ExceptionMembers.isProperty(name)) {
            found[0] = Boolean.TRUE;
            return dev.jpwsh.engine.types.reflection.ExceptionMembers.get(t, name);
        }
        if (target instanceof String s && name.equalsIgnoreCase("Length")) {
            found[0] = Boolean.TRUE;
            return s.length();
        }
        if (isDotNetPrimitive(target)) {
            return null; // System.String and the primitive types have no other instance properties (Java's lines() is none)
        }
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        boolean isStatic = target instanceof Class<?>;
        Method method = accessor(type, name, isStatic, guard.readsGettersOnly());
        if (method != null) {
            ResolvedMethod getter = new ResolvedMethod(method);
            found[0] = getter;
            return getter.invoke(isStatic ? null : target, List.of(), MemberGuard.NONE);
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

    /**
     * The no-argument method that reads property {@code name}: {@code getName}, {@code isName}, then {@code name}
     * itself (only a getter or a record's accessor when {@code gettersOnly}); null when there is none.
     */
    private static Method accessor(Class<?> type, String name, boolean isStatic, boolean gettersOnly) {
        String[] candidates = {"get" + name, "is" + name, name};
        for (int c = 0; c < candidates.length; c++) {
            for (Method m : MethodInvoker.publicMethods(type)) {
                if (m.getParameterCount() == 0 && m.getName().equalsIgnoreCase(candidates[c])
                        && Modifier.isStatic(m.getModifiers()) == isStatic && m.getReturnType() != void.class
                        && (!gettersOnly || isGetter(m, c < 2)) && !MethodInvoker.hiddenFromScripts(m)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * Whether a no-argument method reads a property: a Java getter ({@code getName}, {@code isName}, in that case;
     * facades spell .NET methods {@code GetName}) other than {@code getClass}, or a record's component accessor.
     */
    private static boolean isGetter(Method method, boolean prefixed) {
        Class<?> owner = method.getDeclaringClass();
        if (prefixed) {
            String name = method.getName();
            return (name.startsWith("get") || name.startsWith("is")) && owner != Object.class;
        }
        if (!owner.isRecord()) {
            return false;
        }
        for (java.lang.reflect.RecordComponent component : owner.getRecordComponents()) {
            if (component.getAccessor().equals(method)) {
                return true;
            }
        }
        return false;
    }

    /** {@code target.Name = value}, after the language mode's check; setters convert through {@code guard}. */
    public static void set(Object target, String name, Object value, MemberGuard guard) {
        PSMember extended = InstanceMembers.any() ? ExtendedMembers.find(target, name) : null;
        if (extended != null) {
            ExtendedMembers.set(extended, target, value, guard);
            return;
        }
        switch (target) {
            case null -> throw RuntimeFailures.create("PropertyNotFound", "InvalidOperation",
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
            case XmlNode node when setXml(node, name, value) -> {
            }
            default -> setJava(target, name, value, guard);
        }
    }

    /** {@code node.Name = value} through PowerShell's XML adapter; false when the node has no such child. */
    private static boolean setXml(XmlNode node, String name, Object value) {
        try {
            return XmlNodeAdapter.set(node, name, value);
        } catch (XmlNodeAdapter.SetRefused e) {
            throw RuntimeFailures.create(e.errorId(), "NotSpecified", e.getMessage(), null,
                    "System.Management.Automation.SetValueException");
        }
    }

    /** {@code [Type]::Name = value}: the type's static setter or static field. */
    public static void setStatic(Class<?> type, String name, Object value, MemberGuard guard) {
        setJava(type, null, name, value, guard);
    }

    private static void setJava(Object target, String name, Object value, MemberGuard guard) {
        setJava(target.getClass(), target, name, value, guard);
    }

    /**
     * Sets a property of {@code owner}'s instance {@code target}, or its static one when {@code target} is null; a
     * value that does not convert to the property's type is pwsh's SetValueInvocationException.
     */
    private static void setJava(Class<?> owner, Object target, String name, Object value, MemberGuard guard) {
        try {
            setJavaProperty(owner, target, name, value, guard);
        } catch (PSException e) {
            String id = e.record().fullyQualifiedErrorId();
            if (id.startsWith("InvalidCast") || id.startsWith("ConvertTo")) {
                PSRuntimeException failure = new PSRuntimeException("ExceptionWhenSetting", "NotSpecified",
                        "Exception setting \"" + name + "\": \"" + e.record().message() + "\"", e.record().exception(),
                        "System.Management.Automation.SetValueInvocationException");
                throw new PSException(new ErrorRecord(failure, "ExceptionWhenSetting", "NotSpecified", null, null));
            }
            throw e;
        }
    }

    private static void setJavaProperty(Class<?> owner, Object target, String name, Object value,
            MemberGuard guard) {
        boolean isStatic = target == null;
        for (Method m : MethodInvoker.publicMethods(owner)) {
            if (m.getParameterCount() == 1 && m.getName().equalsIgnoreCase("set" + name)
                    && Modifier.isStatic(m.getModifiers()) == isStatic) {
                MethodInvoker.call(m, target, java.util.Collections.singletonList(value), guard);
                return;
            }
        }
        for (Field f : owner.getFields()) {
            if (f.getName().equalsIgnoreCase(name) && !Modifier.isFinal(f.getModifiers())
                    && Modifier.isStatic(f.getModifiers()) == isStatic) {
                try {
                    Class<?> type = MethodInvoker.boxed(f.getType());
                    guard.checkConversion(value, type);
                    f.set(target, Conversions.convert(value, type));
                    return;
                } catch (IllegalAccessException e) {
                    break;
                }
            }
        }
        throw hasGetter(owner, name, isStatic) ? readOnly(name) : RuntimeFailures.propertyNotFound(name);
    }

    /** Whether {@code owner} has a public getter for the property, found without calling it. */
    private static boolean hasGetter(Class<?> owner, String name, boolean isStatic) {
        for (Method m : MethodInvoker.publicMethods(owner)) {
            if (m.getParameterCount() == 0 && Modifier.isStatic(m.getModifiers()) == isStatic
                    && (m.getName().equalsIgnoreCase("get" + name) || m.getName().equalsIgnoreCase("is" + name))) {
                return true;
            }
        }
        return false;
    }

    /** Setting a property that can only be read: pwsh's PropertyAssignmentException. */
    private static PSException readOnly(String name) {
        return RuntimeFailures.create("PropertyAssignmentException", "InvalidOperation",
                "'" + name + "' is a ReadOnly property.", null, "System.Management.Automation.SetValueException");
    }

    /**
     * {@code target[index] = value}, once the language mode allowed it: a dictionary's key, an array's element
     * (negative counts from the end; converted to the element type through {@code guard}) or a list's element.
     */
    public static void setIndex(Object target, Object index, Object value, MemberGuard guard) {
        switch (target) {
            case null -> throw RuntimeFailures.nullArray();
            case Map<?, ?> map -> {
                @SuppressWarnings("unchecked")
                Map<Object, Object> m = (Map<Object, Object>) map;
                m.put(index, value);
            }
            case Object[] array -> {
                int at = (Integer) Conversions.convert(index, Integer.class);
                at = at < 0 ? array.length + at : at;
                if (at < 0 || at >= array.length) {
                    throw RuntimeFailures.create("IndexOutOfRange", "InvalidOperation",
                            "Index was outside the bounds of the array.", index);
                }
                Class<?> element = array.getClass().getComponentType();
                guard.checkConversion(value, element);
                array[at] = Conversions.toElement(value, element);
            }
            case List<?> list -> {
                @SuppressWarnings("unchecked")
                List<Object> l = (List<Object>) list;
                l.set((Integer) Conversions.convert(index, Integer.class), value);
            }
            default -> throw RuntimeFailures.create("CannotIndex", "InvalidOperation",
                    "Unable to index into an object of type \"" + TypeNames.ofValue(target) + "\".", target);
        }
    }

    /**
     * {@code target.Name(args)} on an instance: {@code guard} checks the receiver (each element, when the call
     * enumerates a collection) and the argument conversions.
     */
    public static Object invoke(Object target, String name, List<Object> args, MemberGuard guard) {
        return invoke(target, name, args, guard, new MethodCallSite());
    }

    /**
     * {@code target.Name(args)} as {@link #invoke(Object, String, List, MemberGuard)} does it, reusing the method
     * {@code site} resolved for the last call of the same key, and remembering a new one.
     */
    public static Object invoke(Object target, String name, List<Object> args, MemberGuard guard,
            MethodCallSite site) {
        if (target == null) {
            throw RuntimeFailures.invokeMethodOnNull();
        }
        guard.checkCall(target, name);
        PSMember extended = InstanceMembers.any() ? ExtendedMembers.find(target, name) : null;
        if (extended != null && extended.kind().isMethod()) {
            return ExtendedMembers.invoke(extended, target, args);
        }
        if (target instanceof Class<?> type) {
            target = DotNetType.of(type);
        }
        ResolvedMethod known = site.lookup(false, target.getClass(), name, args);
        if (known != null) {
            return known.invoke(target, args, guard);
        }
        Class<?> companion = companionOf(target);
        if (companion != null) {
            Object[] found = new Object[1];
            Object result = MethodInvoker.invokeExtension(companion, target, name, args, found, guard);
            if (found[0] != null) {
                return result;
            }
        }
        if (name.equalsIgnoreCase("GetType") && args.isEmpty()) {
            return DotNetType.typeOf(target);
        }
        if (name.equalsIgnoreCase("ToString") && args.isEmpty()) {
            if (target instanceof dev.jpwsh.runtime.ops.Formattable f) {
                return f.format(null, dev.jpwsh.runtime.format.FormatCulture.current());
            }
            if (target instanceof Class<?> || target instanceof DotNetType) {
                return DotNetType.text(target);
            }
            return target instanceof Object[] || target instanceof java.util.Iterator<?>
                    ? TypeNames.ofValue(target)
                    : dev.jpwsh.runtime.convert.LanguagePrimitives.toString(target);
        }
        if (name.equalsIgnoreCase("GetHashCode") && args.isEmpty()) {
            return target.hashCode();
        }
        if (name.equalsIgnoreCase("Dispose") && args.isEmpty() && target instanceof ScriptInstance
                && target instanceof AutoCloseable closeable) {
            return MethodInvoker.call(MethodInvoker.find(closeable.getClass(), false, "close", args), target, args);
        }
        Method method = MethodInvoker.find(target.getClass(), false, name, args);
        if (method == null && name.equalsIgnoreCase("GetEnumerator") && args.isEmpty()) {
            // a collection whose facade declares no enumerator of its own: its Java iterator
            if (target instanceof Iterable<?> iterable) {
                return iterable.iterator();
            }
            if (target instanceof Object[] items) {
                return java.util.Arrays.asList(items).iterator();
            }
        }
        if (method == null && Enumeration.isEnumerable(target)) {
            return invokeOnEach(target, name, args, guard);
        }
        if (method == null) {
            throw RuntimeFailures.methodNotFound(TypeNames.ofValue(target), name);
        }
        return site.remember(false, target.getClass(), name, args, new ResolvedMethod(method))
                .invoke(target, args, guard);
    }

    /** Method-call enumeration: {@code $words.ToUpper()} calls the method on every element. */
    private static Object invokeOnEach(Object target, String name, List<Object> args, MemberGuard guard) {
        List<Object> results = new ArrayList<>();
        MethodCallSite site = new MethodCallSite();
        for (Object item : Enumeration.toList(target)) {
            Enumerables.write(invoke(item, name, args, guard, site), results::add);
        }
        return Enumerables.collect(results);
    }

    private static Class<?> companionOf(Object target) {
        return target == null ? null : companionOfType(target.getClass());
    }

    /**
     * The class whose static methods (the receiver first) add .NET's methods to values of {@code type}: strings,
     * dictionaries, numbers and arrays; null for others.
     */
    public static Class<?> companionOfType(Class<?> type) {
        return type == String.class ? StringMembers.class : Map.class.isAssignableFrom(type) ? MapMembers.class
                : Number.class.isAssignableFrom(type) ? dev.jpwsh.dotnet.NumberMembers.class
                : type.isArray() ? dev.jpwsh.dotnet.collections.ArrayMembers.class : null;
    }

    /** The class whose static methods add .NET's statics to {@code type} ({@code [string]::Format}), or null. */
    public static Class<?> staticCompanionOf(Class<?> type) {
        return staticCompanion(type);
    }

    private static Class<?> staticCompanion(Class<?> type) {
        if (type == Boolean.class) {
            return dev.jpwsh.dotnet.PrimitiveStatics.BooleanStatics.class;
        }
        if (type == Integer.class) {
            return dev.jpwsh.dotnet.PrimitiveStatics.IntStatics.class;
        }
        if (type == Double.class) {
            return dev.jpwsh.dotnet.PrimitiveStatics.DoubleStatics.class;
        }
        if (type == String.class) {
            return dev.jpwsh.dotnet.PrimitiveStatics.StringStatics.class;
        }
        if (type == java.math.BigInteger.class) {
            return dev.jpwsh.dotnet.PrimitiveStatics.BigIntegerStatics.class;
        }
        if (type == java.math.BigDecimal.class) {
            return dev.jpwsh.dotnet.PrimitiveStatics.DecimalStatics.class;
        }
        if (type == Class.class) {
            return dev.jpwsh.engine.types.reflection.TypeStatics.class;
        }
        if (type == Object[].class) {
            return dev.jpwsh.dotnet.collections.ArrayStatics.class;
        }
        if (type == Object.class) {
            return dev.jpwsh.dotnet.ObjectStatics.class;
        }
        return null;
    }

    /** {@code [Type]::Name}: a static property or field, read as {@code guard} allows. */
    public static Object getStatic(Class<?> type, String name, MemberGuard guard) {
        if (type == Double.class || type == Float.class) {
            Object constant = floatingConstant(type == Float.class, name);
            if (constant != null) {
                return constant;
            }
        }
        Class<?> companion = type == String.class ? StringMembers.class
                : type == java.math.BigDecimal.class ? dev.jpwsh.dotnet.PrimitiveStatics.DecimalStatics.class : null;
        Object[] found = new Object[1];
        Object value = javaProperty(type, constantName(type, name), found, guard);
        if (found[0] == null && companion != null) {
            value = javaProperty(companion, name, found, guard);
        }
        return value;
    }

    /** The constants of System.Double and System.Single whose Java fields differ: MinValue is the most negative. */
    private static Object floatingConstant(boolean single, String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "minvalue" -> single ? (Object) (-Float.MAX_VALUE) : (Object) (-Double.MAX_VALUE);
            case "epsilon" -> single ? (Object) Float.MIN_VALUE : (Object) Double.MIN_VALUE;
            case "positiveinfinity" -> single ? (Object) Float.POSITIVE_INFINITY : (Object) Double.POSITIVE_INFINITY;
            case "negativeinfinity" -> single ? (Object) Float.NEGATIVE_INFINITY : (Object) Double.NEGATIVE_INFINITY;
            default -> null;
        };
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
     * {@code [Type]::Name(args)} and {@code [Type]::new(args)}, once the language mode allowed them; a new instance
     * of a generic type takes the type arguments ({@code [int]} for {@code [List[int]]::new()}); the arguments
     * convert through {@code guard}.
     */
    public static Object invokeStatic(Class<?> type, List<?> typeArguments, String name, List<Object> args,
            MemberGuard guard, MethodCallSite site) {
        boolean create = name.equalsIgnoreCase("new");
        if (create && type == String.class) {
            return newString(args);
        }
        if (create && type.isArray() && args.size() == 1) {
            return newArray(type.getComponentType(), args.get(0));
        }
        ResolvedMethod known = site.lookup(true, type, name, args);
        if (known == null) {
            known = site.remember(true, type, name, args, create ? MethodInvoker.constructor(type, args)
                    : new ResolvedMethod(staticMethod(type, name, args)));
        }
        Object result = known.invoke(null, args, guard);
        if (create && result instanceof GenericInstance generic && !typeArguments.isEmpty()) {
            generic.bindTypeArguments(typeArguments);
        }
        return result;
    }

    /** {@code [T[]]::new(n)}: n elements of T's default value (zero, false, the NUL character, or null). */
    private static Object[] newArray(Class<?> element, Object length) {
        int n = (Integer) Conversions.convert(length, Integer.class);
        if (n < 0) {
            throw MethodInvoker.methodInvocation(".ctor", 1, new NegativeArraySizeException());
        }
        Object zero = element == Boolean.class ? Boolean.FALSE : element == Character.class ? (Object) '\0'
                : Number.class.isAssignableFrom(element) ? Conversions.convert(0, element) : null;
        Object[] array = (Object[]) java.lang.reflect.Array.newInstance(element, n);
        java.util.Arrays.fill(array, zero);
        return array;
    }

    /** The static method {@code [Type]::Name(args)} calls, from the type or the companion that adds it. */
    private static Method staticMethod(Class<?> type, String name, List<Object> args) {
        Class<?> statics = staticCompanion(type);
        Method method = statics == null ? null : MethodInvoker.find(statics, true, name, args);
        if (method == null) {
            method = MethodInvoker.find(type, true, name, args);
        }
        if (method == null && type == String.class) {
            method = MethodInvoker.find(StringMembers.class, true, name, args);
        }
        if (method == null) {
            throw RuntimeFailures.methodNotFound(TypeNames.of(type), name);
        }
        return method;
    }

    /** {@code [string]::new(char, count)} and {@code [string]::new(char[])}. */
    private static String newString(List<Object> args) {
        if (args.size() == 2) {
            return String.valueOf(Conversions.convert(args.get(0), Character.class))
                    .repeat((Integer) Conversions.convert(args.get(1), Integer.class));
        }
        StringBuilder sb = new StringBuilder();
        for (Object c : Enumeration.toList(args.getFirst())) {
            sb.append(dev.jpwsh.runtime.convert.LanguagePrimitives.toString(c));
        }
        return sb.toString();
    }
}
