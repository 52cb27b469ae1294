package dev.jpwsh.format.view;

import dev.jpwsh.runtime.object.DotNetProperties;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeDataTable;
import dev.jpwsh.runtime.object.TypeNames;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What formatting sees of an object: its property names (a custom object's note properties, a .NET facade's
 * public getters) and its type names, most specific first, as pwsh's {@code PSObject.TypeNames} lists them.
 */
public final class ObjectProperties {
    private static final ClassValue<List<String>> GETTERS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            Set<String> names = new LinkedHashSet<>();
            if (!Modifier.isPublic(type.getModifiers())) {
                return List.of();
            }
            if (dev.jpwsh.engine.types.ScriptInstance.class.isAssignableFrom(type)) {
                return scriptClassProperties(type);
            }
            for (Method m : type.getMethods()) {
                String name = m.getName();
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && name.length() > 3
                        && name.startsWith("get") && Character.isUpperCase(name.charAt(3))
                        && m.getDeclaringClass() != Object.class && !name.equals("getClass")) {
                    names.add(name.substring(3));
                }
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

    private ObjectProperties() {
    }

    /**
     * A script class's properties as pwsh lists them: the class's own in declaration order, then its base classes';
     * hidden ones (synthetic fields) left out.
     */
    private static List<String> scriptClassProperties(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Class<?> c = type; c != null && dev.jpwsh.engine.types.ScriptInstance.class.isAssignableFrom(c);
                c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                int modifiers = f.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !f.isSynthetic()
                        && !names.contains(f.getName())) {
                    names.add(f.getName());
                }
            }
        }
        return List.copyOf(names);
    }

    /** The names of the properties {@code value} shows, in order. */
    public static List<String> names(Object value) {
        return switch (value) {
            case null -> List.of();
            case PSObject o -> o.properties().stream().map(PSObject.Property::name).toList();
            case Map.Entry<?, ?> e -> List.of("Name", "Key", "Value");
            case Map<?, ?> m -> List.of();
            default -> GETTERS.get(value.getClass());
        };
    }

    /**
     * The properties a default table or list shows of {@code value}: its {@code PSStandardMembers}'
     * DefaultDisplayPropertySet (an Add-Member MemberSet, else the type data of {@code types}, null for none, for
     * its most specific type name that has one), else all of them.
     */
    public static List<String> displayed(Object value, TypeDataTable types) {
        if (InstanceMembers.any()) {
            PSMember standard = InstanceMembers.find(value, "PSStandardMembers");
            if (standard != null && standard.kind() == PSMemberTypes.MemberSet) {
                for (Object member : standard.items()) {
                    if (member instanceof PSMember set && set.kind() == PSMemberTypes.PropertySet
                            && "DefaultDisplayPropertySet".equalsIgnoreCase(set.name())) {
                        return set.<Object>items().stream().map(String::valueOf).toList();
                    }
                }
            }
        }
        if (types != null && TypeDataTable.any()) {
            for (String typeName : typeNames(value)) {
                TypeDataTable.Entry entry = types.find(typeName);
                if (entry != null && entry.defaultDisplayPropertySet() != null) {
                    return entry.defaultDisplayPropertySet();
                }
            }
        }
        return names(value);
    }

    /** The type names formatting matches views against: the object's own, then its base types'. */
    public static List<String> typeNames(Object value) {
        if (value instanceof PSObject o) {
            return o.typeNames();
        }
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        names.add(TypeNames.ofValue(value));
        for (Class<?> c = value.getClass().getSuperclass(); c != null; c = c.getSuperclass()) {
            String name = TypeNames.of(c);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (!names.contains("System.Object")) {
            names.add("System.Object");
        }
        return names;
    }
}
