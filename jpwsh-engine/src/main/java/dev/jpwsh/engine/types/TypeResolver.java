package dev.jpwsh.engine.types;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.runtime.object.TypeRegistration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Type names to Java classes: PowerShell's accelerators ({@code [int]}, {@code [hashtable]}), the .NET names
 * scripts use ({@code System.Int32}), and Java class names. One table per process, safe for all threads.
 */
public final class TypeResolver {
    /** The one table, made at its first use: a process whose scripts name no type never reads the registrations. */
    private static final class Shared {
        static final TypeResolver TABLE = new TypeResolver();
    }

    /**
     * Classes to make known by their DotNetName once a name is not found otherwise ({@link #registerWhenNeeded}), given
     * before or after the table is made. Guarded by the class; {@link #waiting} says, without the lock, whether it has
     * any.
     */
    private static final List<Class<?>> UNNAMED = new ArrayList<>();
    private static volatile boolean waiting;
    /** PowerShell's names: accelerators, .NET names, registered names, and names found by a {@code System.} prefix. */
    private final Map<String, Class<?>> names = new ConcurrentHashMap<>();
    /** Java classes found by their Java names, kept apart so that a session that hides them never sees them. */
    private final Map<String, Class<?>> javaClasses = new ConcurrentHashMap<>();
    /**
     * The accelerators scripts add ({@code TypeAccelerators::Add}), by lower-cased name: process-wide as pwsh's, and
     * looked up after the built-in names, which they cannot replace.
     */
    private final Map<String, Class<?>> userAccelerators = new ConcurrentHashMap<>();

    /**
     * The table every module contributes to: each {@link TypeRegistration} listed in a module's
     * {@code META-INF/services}, loaded once here.
     */
    private TypeResolver() {
        for (TypeRegistration registration : ServiceLoader.load(TypeRegistration.class,
                TypeResolver.class.getClassLoader())) {
            registration.register(this::add);
        }
    }

    public static TypeResolver shared() {
        return Shared.TABLE;
    }

    /**
     * Makes a class known to scripts by its {@link dev.jpwsh.runtime.object.DotNetName}, as a cmdlet's implementing
     * type is.
     */
    public void register(Class<?> type) {
        names.put(TypeNames.of(type).toLowerCase(Locale.ROOT), type);
    }

    /**
     * {@link #register} at the first lookup that finds no class otherwise: reading a class's DotNetName means parsing
     * its annotations, which for every cmdlet class at start-up costs more than most scripts' lookups of them.
     */
    public static synchronized void registerWhenNeeded(Class<?> type) {
        UNNAMED.add(type);
        waiting = true;
    }

    private void registerWaiting() {
        synchronized (TypeResolver.class) {
            UNNAMED.forEach(this::register);
            UNNAMED.clear();
            waiting = false;
        }
    }

    /** A registration's names; one name given to two classes is a packaging error, found when the table is made. */
    private void add(Class<?> type, String... aliases) {
        for (String alias : aliases) {
            Class<?> earlier = names.putIfAbsent(alias.toLowerCase(Locale.ROOT), type);
            if (earlier != null && earlier != type) {
                throw new IllegalStateException("type name " + alias + " registered for both " + earlier.getName()
                        + " and " + type.getName());
            }
        }
    }

    /** Every class the table names by PowerShell's names, each once, for the emulated assemblies' type lists. */
    public java.util.Collection<Class<?>> knownTypes() {
        if (waiting) {
            registerWaiting();
        }
        return new java.util.LinkedHashSet<>(names.values());
    }

    /** The accelerators ({@code int}, {@code pscustomobject}): the names without a namespace, lower-cased. */
    public java.util.List<String> acceleratorNames() {
        return names.keySet().stream().filter(n -> n.indexOf('.') < 0 && n.indexOf('`') < 0).sorted().toList();
    }

    /** Makes {@code name} an accelerator for {@code type} in every runspace of the process, replacing an added one. */
    public void addAccelerator(String name, Class<?> type) {
        userAccelerators.put(name.toLowerCase(Locale.ROOT), type);
    }

    /** Forgets an accelerator a script added; the built-in ones stay. */
    public void removeAccelerator(String name) {
        userAccelerators.remove(name.toLowerCase(Locale.ROOT));
    }

    /** The accelerators scripts added, by their lower-cased names. */
    public Map<String, Class<?>> addedAccelerators() {
        return Map.copyOf(userAccelerators);
    }

    /** The class a type name (without brackets) names, by its Java name too, or null. Array names end in {@code []}. */
    public Class<?> resolve(String name) {
        return resolve(name, true);
    }

    /**
     * The class a type name (without brackets) names, or null. Array names end in {@code []}. Without
     * {@code javaNames} only PowerShell's names count: a Java class name, or a generic type with one among its
     * arguments, names nothing.
     */
    public Class<?> resolve(String name, boolean javaNames) {
        return resolve(name, javaNames, null);
    }

    /**
     * {@link #resolve(String, boolean)}, where {@code local} (given a lower-cased name; null for none) names the
     * types a session's scripts defined, which come first, in array and generic names too.
     */
    public Class<?> resolve(String name, boolean javaNames, Function<String, Class<?>> local) {
        Class<?> found = find(name, javaNames, local);
        if (found == null && waiting) {
            registerWaiting();
            found = find(name, javaNames, local);
        }
        return found;
    }

    /** {@link #resolve} among the names registered so far. */
    private Class<?> find(String name, boolean javaNames, Function<String, Class<?>> local) {
        String key = name.toLowerCase(Locale.ROOT);
        Class<?> known = local == null ? null : local.apply(key);
        if (known == null) {
            known = names.get(key);
        }
        if (known == null && !userAccelerators.isEmpty()) {
            known = userAccelerators.get(key);
        }
        if (known != null) {
            return known;
        }
        if (key.endsWith("[]")) {
            Class<?> element = resolve(name.substring(0, name.length() - 2), javaNames, local);
            // a [psobject[]] holds any value, as pwsh's PSObject wraps any: here it is an object[]
            return element == null ? null : element == PSObject.class ? Object[].class : element.arrayType();
        }
        int generic = key.indexOf('[');
        if (generic > 0) {
            String definition = name.substring(0, generic);
            int arity = definition.indexOf('`');
            // .NET's spelling of a generic name counts its arguments: List`1[string] is List[string]
            Class<?> type = resolve(arity > 0 ? definition.substring(0, arity) : definition, javaNames, local);
            return type == null || javaNames || argumentsResolve(name, generic, local) ? type : null;
        }
        int arity = key.lastIndexOf('`');
        if (arity > 0) {
            // a generic definition by .NET's name (List`1), when the class it names takes that many arguments
            Class<?> type = resolve(name.substring(0, arity), javaNames, local);
            return type != null && TypeNames.of(type).toLowerCase(Locale.ROOT).endsWith(key.substring(arity))
                    ? type : null;
        }
        Class<?> found = javaNames ? javaClassNamed(name, key) : null;
        if (found == null && !key.startsWith("system.")) {
            found = names.get("system." + key);
            if (found != null) {
                names.put(key, found);
            }
        }
        return found;
    }

    /** A Java class by its Java name, or null; found ones are kept. */
    private Class<?> javaClassNamed(String name, String key) {
        Class<?> found = javaClasses.get(key);
        if (found == null) {
            found = javaClass(name);
            if (found != null) {
                javaClasses.put(key, found);
            }
        }
        return found;
    }

    /** Whether every type argument of a generic name resolves by PowerShell's names. */
    private boolean argumentsResolve(String name, int open, Function<String, Class<?>> local) {
        if (!name.endsWith("]")) {
            return true;
        }
        for (String argument : topLevelArguments(name.substring(open + 1, name.length() - 1))) {
            if (resolve(argument, false, local) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The type arguments of a generic type name ({@code [int, string]} for {@code Dictionary[int,string]}); empty
     * for other names, arrays included. An argument that is itself a constructed generic type is its
     * {@link DotNetType}, which keeps its own arguments ({@code List[int]} in {@code Dictionary[string,List[int]]}).
     */
    public List<?> typeArguments(String name) {
        return typeArguments(name, null);
    }

    /** {@link #typeArguments(String)} with the types of {@code local} first, as {@link #resolve} takes it. */
    public List<?> typeArguments(String name, Function<String, Class<?>> local) {
        int open = name.indexOf('[');
        if (open < 0 || name.endsWith("[]") || !name.endsWith("]")) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        for (String argument : topLevelArguments(name.substring(open + 1, name.length() - 1))) {
            Class<?> type = resolve(argument, true, local);
            if (type == null) {
                throw RuntimeFailures.typeNotFound(argument);
            }
            arguments.add(DotNetType.constructed(type, typeArguments(argument, local)));
        }
        return List.copyOf(arguments);
    }

    /** {@code int, List[string]} split at the commas outside brackets. */
    private static List<String> topLevelArguments(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }

    private static Class<?> javaClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
