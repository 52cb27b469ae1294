package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.engine.types.ScriptInstance;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetProperties;
import dev.jpwsh.runtime.object.TypeNames;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A type's members as System.Type lists them ({@code GetMethods}, {@code GetProperty}, ...), found once per class
 * and kept: public Java methods by their .NET names (a class standing for a .NET type shows its methods with a
 * capital initial, as .NET spells them; any other class, script classes included, by their own names), getters and
 * setters as properties (and as {@code get_X}/{@code set_X} methods), public fields (not a script class's
 * property storage), and constructors. Only public members exist here, apart from the facade methods marked
 * {@link dev.jpwsh.runtime.object.NonPublic}, which NonPublic finds.
 */
public final class TypeReflection {
    /** System.Object's methods, by the Java methods that implement them. */
    private static final Map<String, String> OBJECT_METHODS = Map.of("equals", "Equals", "hashCode", "GetHashCode",
            "toString", "ToString", "getClass", "GetType");
    private static final Set<String> JAVA_ONLY = Set.of("wait", "notify", "notifyAll");
    /** The types .NET writes by their short name in a signature ({@code Int32 IndexOf(System.String)}). */
    private static final Set<String> PRIMITIVES = Set.of("System.Boolean", "System.Byte", "System.SByte",
            "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
            "System.Char", "System.Double", "System.Single", "System.Void", "System.IntPtr", "System.UIntPtr");

    private static final ClassValue<TypeReflection> CATALOGUE = new ClassValue<>() {
        @Override
        protected TypeReflection computeValue(Class<?> type) {
            return new TypeReflection(type);
        }
    };

    private final List<ReflectedMethod> methods = new ArrayList<>();
    private final List<ReflectedProperty> properties = new ArrayList<>();
    private final List<ReflectedField> fields = new ArrayList<>();
    private final List<ReflectedConstructor> constructors = new ArrayList<>();

    private TypeReflection(Class<?> type) {
        boolean dotNet = TypeNames.standsForDotNet(type);
        boolean scriptClass = ScriptInstance.class.isAssignableFrom(type);
        Map<String, Method> getters = new LinkedHashMap<>();
        Map<String, Method> setters = new HashMap<>();
        List<Method> sorted = new ArrayList<>(List.of(type.getMethods()));
        sorted.sort(Comparator.comparingInt((Method m) -> -depth(m.getDeclaringClass())).thenComparing(Method::getName)
                .thenComparingInt(Method::getParameterCount));
        for (Method m : sorted) {
            String name = m.getName();
            if (m.isAnnotationPresent(dev.jpwsh.runtime.object.NonPublic.class)) {
                methods.add(new ReflectedMethod(name, m, type, false));
                continue;
            }
            if (m.isBridge() || name.contains("$") || JAVA_ONLY.contains(name) || m.isSynthetic() && !scriptClass
                    || MethodInvoker.hiddenFromScripts(m)) {
                continue;
            }
            String objectName = m.getDeclaringClass() == Object.class || isObjectOverride(m)
                    ? OBJECT_METHODS.get(name) : null;
            if (objectName != null) {
                methods.add(new ReflectedMethod(objectName, m, type, true));
                continue;
            }
            String property = propertyName(m);
            if (property != null) {
                getters.putIfAbsent(property, m);
                methods.add(new ReflectedMethod("get_" + property, m, type, false));
            } else if (name.length() > 3 && name.startsWith("set") && m.getParameterCount() == 1) {
                setters.putIfAbsent(name.substring(3), m);
                methods.add(new ReflectedMethod("set_" + name.substring(3), m, type, false));
            } else {
                methods.add(new ReflectedMethod(dotNet ? capitalized(name) : name, m, type, false));
            }
        }
        if (scriptClass) {
            getters = declarationOrder(type, getters);
        } else if (type.isAnnotationPresent(DotNetProperties.class)) {
            getters = facadeOrder(type.getAnnotation(DotNetProperties.class), getters);
        }
        getters.forEach((name, getter) -> properties.add(new ReflectedProperty(name, getter, setters.get(name), type)));
        addCompanionMethods(type);
        for (Field f : type.getFields()) {
            if (!(scriptClass && getters.containsKey(f.getName())) && !f.getName().contains("$")) {
                fields.add(new ReflectedField(f, type));
            }
        }
        for (Constructor<?> c : type.getConstructors()) {
            constructors.add(new ReflectedConstructor(c, type));
        }
        for (Method m : type.getMethods()) {
            if (m.getName().equals("New") && Modifier.isStatic(m.getModifiers())) {
                constructors.add(new ReflectedConstructor(m, type));
            }
        }
    }

    /**
     * The .NET methods a companion class gives a JDK type (String's ToUpper, Split, ...), in place of the type's own
     * Java methods of the same names.
     */
    private void addCompanionMethods(Class<?> type) {
        Class<?> companion = dev.jpwsh.engine.types.Members.companionOfType(type);
        if (companion == null) {
            return;
        }
        List<ReflectedMethod> added = new ArrayList<>();
        for (Method m : companion.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0
                    && m.getParameterTypes()[0].isAssignableFrom(type)) {
                added.add(ReflectedMethod.extension(m, type));
            }
        }
        added.sort(Comparator.comparing(ReflectedMethod::getName).thenComparingInt(m -> m.parameterTypes().length));
        methods.removeIf(own -> added.stream().anyMatch(a -> a.getName().equals(own.getName())));
        methods.addAll(0, added);
    }

    /** A script class's properties in the order it and then its base classes declare them, as .NET lists them. */
    private static Map<String, Method> declarationOrder(Class<?> type, Map<String, Method> getters) {
        Map<String, Method> ordered = new LinkedHashMap<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Method getter = getters.get(f.getName());
                if (getter != null) {
                    ordered.putIfAbsent(f.getName(), getter);
                }
            }
        }
        getters.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** A facade's properties in the order its .NET type declares them, then the others. */
    private static Map<String, Method> facadeOrder(DotNetProperties order, Map<String, Method> getters) {
        Map<String, Method> ordered = new LinkedHashMap<>();
        for (String name : order.value()) {
            Method getter = getters.get(name);
            if (getter != null) {
                ordered.put(name, getter);
            }
        }
        getters.forEach(ordered::putIfAbsent);
        return ordered;
    }

    static TypeReflection of(Class<?> type) {
        return CATALOGUE.get(type);
    }

    private static int depth(Class<?> type) {
        int depth = 0;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            depth++;
        }
        return depth;
    }

    private static boolean isObjectOverride(Method m) {
        return switch (m.getName()) {
            case "equals" -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class;
            case "hashCode", "toString" -> m.getParameterCount() == 0;
            default -> false;
        };
    }

    /** The property a no-argument {@code getX} or boolean {@code isX} reads, or null. */
    private static String propertyName(Method m) {
        String name = m.getName();
        if (m.getReturnType() == void.class || m.getParameterCount() != 0) {
            return null;
        }
        if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
            return name.substring(3);
        }
        boolean bool = m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class;
        return bool && name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))
                ? name.substring(2) : null;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** How .NET writes a type in a member's signature: {@code Int32} for a primitive, else its full name. */
    static String signatureName(Class<?> type) {
        String name = TypeNames.of(type);
        return PRIMITIVES.contains(name) ? TypeNames.simpleName(name) : name;
    }

    private static BindingFlags flagsOrDefault(BindingFlags flags) {
        return flags == null ? BindingFlags.PUBLIC_MEMBERS : flags;
    }

    private static <T extends ReflectedMember> boolean declaredHere(T member, Class<?> type, BindingFlags flags) {
        return !flags.has(BindingFlags.DeclaredOnly) || member.getDeclaringType() == type;
    }

    static Object[] methods(Class<?> type, BindingFlags flags) {
        BindingFlags f = flagsOrDefault(flags);
        return of(type).methods.stream().filter(m -> f.admits(m.getIsPublic(), m.getIsStatic())
                        && declaredHere(m, type, f))
                .toArray(ReflectedMethod[]::new);
    }

    static Object[] properties(Class<?> type, BindingFlags flags) {
        BindingFlags f = flagsOrDefault(flags);
        return of(type).properties.stream().filter(p -> f.admits(true, p.isStatic()) && declaredHere(p, type, f))
                .toArray(ReflectedProperty[]::new);
    }

    static Object[] fields(Class<?> type, BindingFlags flags) {
        BindingFlags f = flagsOrDefault(flags);
        return of(type).fields.stream().filter(x -> f.admits(true, x.getIsStatic()) && declaredHere(x, type, f))
                .toArray(ReflectedField[]::new);
    }

    static Object[] constructors(Class<?> type, BindingFlags flags) {
        BindingFlags f = flags == null ? new BindingFlags(4 | 16) : flags;
        return f.admits(true, false) ? of(type).constructors.toArray(ReflectedConstructor[]::new) : new Object[0];
    }

    /**
     * The one member of {@code candidates} named {@code name} (without regard to case only with IgnoreCase), or
     * null; two are .NET's AmbiguousMatchException.
     */
    static <T extends ReflectedMember> T single(Class<?> type, Object[] candidates, String name, BindingFlags flags,
            Predicate<T> fits) {
        dev.jpwsh.dotnet.ArgumentExceptions.notNull(name, "name");
        boolean ignoreCase = flags != null && flags.has(BindingFlags.IgnoreCase);
        T found = null;
        for (Object candidate : candidates) {
            @SuppressWarnings("unchecked")
            T member = (T) candidate;
            boolean named = ignoreCase ? member.getName().equalsIgnoreCase(name) : member.getName().equals(name);
            if (named && fits.test(member)) {
                if (found != null) {
                    throw new PSRuntimeException("AmbiguousMatchException", "NotSpecified", "Ambiguous match found for '"
                            + TypeNames.of(type) + " " + found + "'.", null, "System.Reflection.AmbiguousMatchException");
                }
                found = member;
            }
        }
        return found;
    }

    /** Whether Java parameter types are exactly the .NET types asked for (boxed, as scripts name them). */
    static boolean sameParameters(Class<?>[] declared, Object[] asked) {
        if (declared.length != asked.length) {
            return false;
        }
        for (int i = 0; i < declared.length; i++) {
            Class<?> want = asked[i] instanceof Class<?> c ? c : null;
            if (want == null || MethodInvoker.boxed(declared[i]) != MethodInvoker.boxed(want)) {
                return false;
            }
        }
        return true;
    }

    /** All members, as {@code GetMembers()} lists them: methods, constructors, properties, fields. */
    static Object[] members(Class<?> type, BindingFlags flags) {
        List<Object> all = new ArrayList<>(List.of(methods(type, flags)));
        all.addAll(List.of(constructors(type, flags)));
        all.addAll(List.of(properties(type, flags)));
        all.addAll(List.of(fields(type, flags)));
        return all.toArray();
    }


    /**
     * The instance properties values of a class show, in .NET's order, as formatting and {@code psobject.Properties}
     * list them: a script class's public fields in the order it and then its base classes declare them (hidden ones,
     * synthetic, left out); any other public class's {@code getX} getters, a facade's in its
     * {@link DotNetProperties} order first; an exception's own ones, then System.Exception's
     * ({@link ExceptionMembers}). Found once per class.
     */
    public static List<String> instanceProperties(Class<?> type) {
        return INSTANCE_PROPERTIES.get(type);
    }

    private static final ClassValue<List<String>> INSTANCE_PROPERTIES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            if (!Modifier.isPublic(type.getModifiers())) {
                return List.of();
            }
            if (ScriptInstance.class.isAssignableFrom(type)) {
                return scriptClassProperties(type);
            }
            boolean exception = Throwable.class.isAssignableFrom(type);
            Set<String> names = new java.util.LinkedHashSet<>();
            for (Method m : type.getMethods()) {
                String name = m.getName();
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && name.length() > 3
                        && name.startsWith("get") && Character.isUpperCase(name.charAt(3))
                        && m.getDeclaringClass() != Object.class
                        && !(exception && m.getDeclaringClass().getName().startsWith("java."))) {
                    names.add(name.substring(3));
                }
            }
            if (exception) {
                names.removeIf(ExceptionMembers::isProperty);
                names.addAll(ExceptionMembers.PROPERTIES);
            }
            DotNetProperties order = type.getAnnotation(DotNetProperties.class);
            if (order == null) {
                return List.copyOf(names);
            }
            List<String> ordered = new ArrayList<>();
            for (String name : order.value()) {
                if (names.remove(name)) {
                    ordered.add(name);
                }
            }
            ordered.addAll(names);
            return List.copyOf(ordered);
        }
    };

    private static List<String> scriptClassProperties(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Class<?> c = type; c != null && ScriptInstance.class.isAssignableFrom(c); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int modifiers = f.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !f.isSynthetic()
                        && !names.contains(f.getName())) {
                    names.add(f.getName());
                }
            }
        }
        return List.copyOf(names);
    }
}
