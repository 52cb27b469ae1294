package dev.jpwsh.format.view;

import dev.jpwsh.dotnet.xml.XmlNode;
import dev.jpwsh.dotnet.xml.XmlNodeAdapter;
import dev.jpwsh.engine.types.reflection.TypeReflection;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeDataTable;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What formatting sees of an object: its property names (a custom object's note properties, an XML node's adapted
 * attributes and children, a .NET facade's public getters) and its type names, most specific first, as pwsh's
 * {@code PSObject.TypeNames} lists them.
 */
public final class ObjectProperties {
    private ObjectProperties() {
    }

    /** The names of the properties {@code value} shows, in order. */
    public static List<String> names(Object value) {
        return switch (value) {
            case null -> List.of();
            case PSObject o -> o.properties().stream().map(PSObject.Property::name).toList();
            case Map.Entry<?, ?> e -> List.of("Name", "Key", "Value");
            case dev.jpwsh.dotnet.collections.MapMembers.DictionaryEntry e -> List.of("Name", "Key", "Value");
            case Map<?, ?> m -> List.of();
            case XmlNode node -> XmlNodeAdapter.names(node);
            default -> TypeReflection.instanceProperties(value.getClass());
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
        return withoutRemotingNotes(value, names(value));
    }

    /**
     * {@code names} without PSShowComputerName, which marks what came back from a remote computer and is never shown,
     * and without PSComputerName when PSShowComputerName is false (Invoke-Command -HideComputerName), as pwsh shapes
     * remote objects.
     */
    private static List<String> withoutRemotingNotes(Object value, List<String> names) {
        String show = "PSShowComputerName";
        if (names.stream().noneMatch(show::equalsIgnoreCase)) {
            return names;
        }
        Object flag = value instanceof PSObject o && o.property(show) != null ? o.property(show).value()
                : InstanceMembers.find(value, show) == null ? null : InstanceMembers.find(value, show).value();
        boolean hideComputer = Boolean.FALSE.equals(flag);
        return names.stream().filter(n -> !n.equalsIgnoreCase(show)
                && !(hideComputer && n.equalsIgnoreCase("PSComputerName"))).toList();
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
