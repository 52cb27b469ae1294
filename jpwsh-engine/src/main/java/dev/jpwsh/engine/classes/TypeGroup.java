package dev.jpwsh.engine.classes;

import dev.jpwsh.engine.exec.ExecutionContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classes and enums one script block defines, compiled once and shared by every runspace, like the block.
 *
 * <p>Type identity: running the group generates real JVM classes once per process for each distinct set of script
 * types defined elsewhere that its definitions name (a base class from an earlier script, say), and every later
 * run with the same set, in any runspace, gets the same classes back. So one definition run in two runspaces gives
 * one type, whose instances cross runspaces freely and whose static properties the process shares. Changed source
 * is another group: re-running an edited class at the prompt gives a new type, as in pwsh, and the old one stays
 * with the objects made from it. The classes live in a class loader of their own, unloaded when nothing refers to
 * them; the group keeps the last classes of each set for as long as its compiled code is kept.
 */
public final class TypeGroup {
    private final List<TypeDefinition> definitions;
    /** The namespaces of the script's {@code using namespace} statements, where type names are looked up too. */
    private final List<String> namespaces;
    /** The generated classes by name, per set of outside script types the definitions named. */
    private final Map<List<Class<?>>, Map<String, Class<?>>> generated = new ConcurrentHashMap<>();

    public TypeGroup(List<TypeDefinition> definitions, List<String> namespaces) {
        this.definitions = definitions;
        this.namespaces = namespaces;
    }

    List<String> namespaces() {
        return namespaces;
    }

    List<TypeDefinition> definitions() {
        return definitions;
    }

    /** The group's classes for {@code session}, by lower-cased name, generated on their first use there. */
    Map<String, Class<?>> define(ExecutionContext session) {
        List<Class<?>> outside = outsideTypes(session);
        Map<String, Class<?>> known = generated.get(outside);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = generated.get(outside);
            if (known == null) {
                known = new GroupBuilder(this, session).build();
                generated.put(outside, known);
            }
        }
        return known;
    }

    /** Whether a name (any case) is one of the group's own types. */
    boolean defines(String name) {
        return definitions.stream().anyMatch(d -> d.name().equalsIgnoreCase(name));
    }

    /** The script types of the session, defined by other groups, that the definitions name, in order. */
    private List<Class<?>> outsideTypes(ExecutionContext session) {
        if (!session.hasScriptTypes()) {
            return List.of();
        }
        Set<Class<?>> found = new LinkedHashSet<>();
        for (TypeDefinition definition : definitions) {
            for (String name : referencedNames(definition)) {
                Class<?> type = defines(name) ? null : session.scriptType(name);
                if (type != null) {
                    found.add(type);
                }
            }
        }
        return List.copyOf(found);
    }

    /** Every simple type name a definition's signatures name: base types, property, return and parameter types. */
    static List<String> referencedNames(TypeDefinition definition) {
        List<String> names = new ArrayList<>();
        List<TypeDefinition.TypeName> types = new ArrayList<>(definition.baseTypes());
        definition.properties().forEach(p -> types.add(p.type()));
        for (TypeDefinition.Method m : definition.methods()) {
            types.add(m.returnType());
            m.parameters().forEach(p -> types.add(p.type()));
        }
        for (TypeDefinition.TypeName type : types) {
            if (type != null) {
                simpleNames(type.name(), names);
            }
        }
        return names;
    }

    /** The names a type name is made of: {@code List[Node]} gives List and Node, {@code Node[]} gives Node. */
    static void simpleNames(String typeName, List<String> into) {
        String name = typeName.strip();
        while (name.endsWith("]") && name.lastIndexOf('[') >= 0
                && name.substring(name.lastIndexOf('[') + 1, name.length() - 1).matches(",*")) {
            name = name.substring(0, name.lastIndexOf('['));
        }
        int open = name.indexOf('[');
        if (open < 0) {
            into.add(name);
            return;
        }
        into.add(name.substring(0, open));
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ']') && depth == 0) {
                String argument = name.substring(start, i).strip();
                if (!argument.isEmpty()) {
                    simpleNames(argument, into);
                }
                start = i + 1;
            }
        }
    }

    /** The lower-cased key of a type name. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
