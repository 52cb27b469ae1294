package dev.jpwsh.commands.objects;

import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.TypeNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The adapted (.NET) members of a type as Get-Member lists them. The .NET types that are Java's own classes
 * (System.String is {@code java.lang.String}) take their members from a catalogue of .NET's definitions
 * ({@code dotnet-members.txt}); a .NET facade written in Java shows its .NET-named members (methods spelled as
 * .NET spells them, {@code getX}/{@code setX} as property {@code X}); any other Java class shows its public
 * members by their Java names, as scripts call them. Stateless apart from the catalogue, read once.
 */
final class DotNetMembers {
    /** One member: kind, name, definition. */
    record Member(PSMemberTypes kind, String name, String definition) {
    }

    private static final Map<String, List<Member>> CATALOGUE = load();
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashcode", "tostring", "getclass", "wait",
            "notify", "notifyall");
    private static final List<Member> OBJECT_MEMBERS = CATALOGUE.get("System.Object");

    private DotNetMembers() {
    }

    /**
     * The instance members of values of {@code type}, whose .NET name is {@code typeName}; with {@code hidden} also
     * the members a script class declares {@code hidden} (generated as synthetic).
     */
    static List<Member> instance(Class<?> type, String typeName, boolean hidden) {
        List<Member> known = CATALOGUE.get(typeName);
        if (known != null) {
            return known;
        }
        if (type.isArray()) {
            return CATALOGUE.get("System.Object[]");
        }
        return reflect(type, false, hidden);
    }

    /** The static members of {@code type}, with the Equals and ReferenceEquals every type has. */
    static List<Member> statics(Class<?> type) {
        List<Member> members = new ArrayList<>(reflect(type, true, false));
        Class<?> companion = dev.jpwsh.engine.types.Members.staticCompanionOf(type);
        if (companion != null && companion != type) {
            for (Member added : reflect(companion, true, false)) {
                int at = indexOf(members, added.name());
                members.add(at < 0 ? members.size() : at, at < 0 ? added : new Member(added.kind(), added.name(),
                        members.remove(at).definition() + ", " + added.definition()));
            }
        }
        if (members.stream().noneMatch(m -> m.name().equalsIgnoreCase("Equals"))) {
            members.add(new Member(PSMemberTypes.Method, "Equals",
                    "static bool Equals(System.Object objA, System.Object objB)"));
        }
        members.add(new Member(PSMemberTypes.Method, "ReferenceEquals",
                "static bool ReferenceEquals(System.Object objA, System.Object objB)"));
        return members;
    }

    private static int indexOf(List<Member> members, String name) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Member> reflect(Class<?> type, boolean statics, boolean hidden) {
        boolean dotNet = TypeNames.standsForDotNet(type);
        Map<String, List<Method>> methods = new LinkedHashMap<>();
        Map<String, Method> getters = new LinkedHashMap<>();
        Map<String, Method> setters = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) != statics || m.isSynthetic() && !hidden || m.isBridge()
                    || OBJECT_METHODS.contains(m.getName().toLowerCase(java.util.Locale.ROOT))
                    || m.isAnnotationPresent(dev.jpwsh.runtime.object.NonPublic.class)) {
                continue;
            }
            String property = propertyName(m);
            if (property != null && m.getParameterCount() == 0) {
                getters.putIfAbsent(property, m);
            } else if (m.getName().startsWith("set") && m.getName().length() > 3 && m.getParameterCount() == 1) {
                setters.put(m.getName().substring(3).toLowerCase(java.util.Locale.ROOT), m);
            } else if (!dotNet || Character.isUpperCase(m.getName().charAt(0))) {
                methods.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
            } else if (isOwnJavaSpelledMethod(m)) {
                String shown = Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1);
                methods.computeIfAbsent(shown, k -> new ArrayList<>()).add(m);
            }
        }
        getters.keySet().forEach(methods::remove);
        List<Member> members = new ArrayList<>();
        String prefix = statics ? "static " : "";
        for (Map.Entry<String, List<Method>> e : methods.entrySet()) {
            List<Method> overloads = e.getValue();
            String shown = e.getKey();
            overloads.sort(Comparator.comparingInt(Method::getParameterCount));
            List<String> definitions = new ArrayList<>();
            for (Method m : overloads) {
                definitions.add(prefix + signature(m, shown, dotNet));
            }
            members.add(new Member(PSMemberTypes.Method, e.getKey(), String.join(", ", definitions)));
        }
        for (Map.Entry<String, Method> e : declarationOrder(type, getters).entrySet()) {
            boolean settable = setters.containsKey(e.getKey().toLowerCase(java.util.Locale.ROOT));
            members.add(new Member(PSMemberTypes.Property, e.getKey(), prefix + typeOf(e.getValue().getReturnType(),
                    dotNet) + " " + e.getKey() + (settable ? " {get;set;}" : " {get;}")));
        }
        if (!statics) {
            for (Member m : OBJECT_MEMBERS) {
                if (members.stream().noneMatch(x -> x.name().equalsIgnoreCase(m.name()))) {
                    members.add(m);
                }
            }
        }
        return members;
    }

    /** A script class's properties in the order it and then its base classes declare them, as pwsh lists them. */
    private static Map<String, Method> declarationOrder(Class<?> type, Map<String, Method> getters) {
        if (!dev.jpwsh.engine.types.ScriptInstance.class.isAssignableFrom(type)) {
            return getters;
        }
        Map<String, Method> ordered = new LinkedHashMap<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                Method getter = getters.get(f.getName());
                if (getter != null) {
                    ordered.putIfAbsent(f.getName(), getter);
                }
            }
        }
        getters.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /**
     * Whether a facade's method spelled the Java way ({@code createPipeline}) is one of its .NET methods, which
     * scripts call without regard to case: one the project declares, not a record's component accessor nor a
     * method inherited from Java's own classes.
     */
    private static boolean isOwnJavaSpelledMethod(Method m) {
        Class<?> owner = m.getDeclaringClass();
        return owner.getName().startsWith("dev.jpwsh.") && !(owner.isRecord() && m.getParameterCount() == 0
                && java.util.Arrays.stream(owner.getRecordComponents()).anyMatch(c -> c.getName().equals(m.getName())));
    }

    /** The property a no-argument {@code getX} or boolean {@code isX} reads, or null. */
    private static String propertyName(Method m) {
        String name = m.getName();
        if (m.getReturnType() == void.class) {
            return null;
        }
        if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
            return name.substring(3);
        }
        boolean bool = m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class;
        return bool && name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))
                ? name.substring(2) : null;
    }

    private static String signature(Method m, String name, boolean dotNet) {
        StringBuilder sb = new StringBuilder(typeOf(m.getReturnType(), dotNet)).append(' ').append(name)
                .append('(');
        Parameter[] parameters = m.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(typeOf(parameters[i].getType(), dotNet)).append(' ')
                    .append(parameters[i].getName());
        }
        return sb.append(')').toString();
    }

    private static String typeOf(Class<?> type, boolean dotNet) {
        return dotNet ? TypeDisplay.of(type) : TypeDisplay.ofJava(type);
    }

    private static Map<String, List<Member>> load() {
        Map<String, List<Member>> catalogue = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DotNetMembers.class.getResourceAsStream("dotnet-members.txt"), StandardCharsets.UTF_8))) {
            List<Member> current = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("@")) {
                    current = new ArrayList<>();
                    catalogue.put(line.substring(1), current);
                } else if (!line.isBlank() && current != null) {
                    String[] parts = line.split("\t", 3);
                    current.add(new Member(PSMemberTypes.valueOf(parts[0]), parts[1], parts[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catalogue.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(catalogue);
    }
}
