package dev.jpwsh.commands.objects;

import dev.jpwsh.commands.objects.DotNetMembers.Member;
import dev.jpwsh.dotnet.automation.PSObjectView;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeDataTable;
import dev.jpwsh.runtime.object.TypeNames;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every member of one value as pwsh's member collections hold them: the extended ones (a custom object's notes,
 * what Add-Member added) and the adapted ones (the .NET type's), and with {@code force} the hidden ones (the
 * psobject, psbase, psadapted, psextended member sets, pstypenames, and the property accessor methods).
 */
final class MemberLister {
    private MemberLister() {
    }

    /**
     * The members of {@code value}, with those the session's type data ({@code types}, null for none) gives its
     * types; {@code extended} and {@code adapted} choose the views.
     */
    static List<Member> of(Object value, TypeDataTable types, boolean extended, boolean adapted, boolean force) {
        List<Member> extendedMembers = extended(value, types);
        List<Member> adaptedMembers = adapted(value, force);
        List<Member> members = new ArrayList<>();
        if (extended) {
            members.addAll(extendedMembers);
        }
        if (adapted) {
            for (Member m : adaptedMembers) {
                if (!extended || extendedMembers.stream().noneMatch(x -> x.name().equalsIgnoreCase(m.name()))) {
                    members.add(m);
                }
            }
        }
        if (force) {
            members.addAll(hidden(extendedMembers, adaptedMembers));
        }
        return members;
    }

    /** The members of the type {@code type} itself ({@code -Static}). */
    static List<Member> statics(Class<?> type) {
        return DotNetMembers.statics(type);
    }

    private static List<Member> extended(Object value, TypeDataTable types) {
        List<Member> members = new ArrayList<>();
        if (value instanceof PSObject o) {
            for (PSObject.Property p : o.properties()) {
                members.add(note(p.name(), p.value()));
            }
        }
        MemberTable table = InstanceMembers.of(value);
        if (table != null) {
            for (PSMember m : table.members()) {
                members.add(new Member(m.kind(), m.name(), definition(m)));
            }
        }
        if (types != null) {
            for (Object typeName : new PSObjectView(value).getTypeNames()) {
                TypeDataTable.Entry entry = types.find(String.valueOf(typeName));
                for (PSMember m : entry == null ? List.<PSMember>of() : entry.members().members()) {
                    if (members.stream().noneMatch(x -> x.name().equalsIgnoreCase(m.name()))) {
                        members.add(new Member(m.kind(), m.name(), definition(m)));
                    }
                }
            }
        }
        return members;
    }

    private static List<Member> adapted(Object value, boolean force) {
        Class<?> type = value instanceof Class<?> ? dev.jpwsh.engine.types.DotNetType.class : value.getClass();
        String typeName = value instanceof PSObject ? "System.Management.Automation.PSCustomObject"
                : TypeNames.ofValue(value);
        List<Member> members = new ArrayList<>(xmlProperties(value));
        members.addAll(DotNetMembers.instance(type, typeName, force));
        if (force) {
            for (Member m : List.copyOf(members)) {
                if (m.kind() == PSMemberTypes.Property) {
                    String propertyType = m.definition().substring(0, m.definition().lastIndexOf(' ' + m.name()));
                    members.add(new Member(PSMemberTypes.Method, "get_" + m.name(),
                            propertyType + " get_" + m.name() + "()"));
                    if (m.definition().endsWith("{get;set;}")) {
                        members.add(new Member(PSMemberTypes.Method, "set_" + m.name(),
                                "void set_" + m.name() + "(" + propertyType + " value)"));
                    }
                }
            }
        }
        return members;
    }

    /** An XML node's attributes and children, as PowerShell's XML adapter shows them ahead of the .NET members. */
    private static List<Member> xmlProperties(Object value) {
        if (!(value instanceof dev.jpwsh.dotnet.xml.XmlNode node)) {
            return List.of();
        }
        List<Member> members = new ArrayList<>();
        for (String name : dev.jpwsh.dotnet.xml.XmlNodeAdapter.names(node)) {
            Object v = dev.jpwsh.dotnet.xml.XmlNodeAdapter.get(node, name);
            members.add(new Member(PSMemberTypes.Property, name, (v instanceof String ? "string" : TypeNames.ofValue(v))
                    + " " + name + (v instanceof String ? " {get;set;}" : " {get;}")));
        }
        return members;
    }

    private static List<Member> hidden(List<Member> extended, List<Member> adapted) {
        String adaptedNames = names(adapted);
        return List.of(new Member(PSMemberTypes.MemberSet, "psadapted", "psadapted {" + adaptedNames + "}"),
                new Member(PSMemberTypes.MemberSet, "psbase", "psbase {" + adaptedNames + "}"),
                new Member(PSMemberTypes.MemberSet, "psextended", "psextended {" + names(extended) + "}"),
                new Member(PSMemberTypes.MemberSet, "psobject", "psobject {BaseObject, Members, Properties, Methods, "
                        + "ImmediateBaseObject, TypeNames, get_BaseObject, get_Members, get_Properties, get_Methods, "
                        + "get_ImmediateBaseObject, get_TypeNames, ToString, Copy, CompareTo, Equals, GetHashCode, "
                        + "GetType}"),
                new Member(PSMemberTypes.CodeProperty, "pstypenames", "System.Collections.ObjectModel.Collection`1"
                        + "[[System.String, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, "
                        + "PublicKeyToken=7cec85d7bea7798e]] pstypenames{get=PSTypeNames;}"));
    }

    private static String names(List<Member> members) {
        return members.stream().map(Member::name).collect(Collectors.joining(", "));
    }

    private static Member note(String name, Object value) {
        return new Member(PSMemberTypes.NoteProperty, name, TypeDisplay.ofValue(value) + " " + name + "="
                + (value == null ? "null" : TypeNames.text(value)));
    }

    /** A member's definition as pwsh's PSMemberInfo.ToString writes it. */
    static String definition(PSMember m) {
        return switch (m.kind()) {
            case NoteProperty -> note(m.name(), m.value()).definition();
            case AliasProperty -> m.name() + " = " + (m.secondValue() instanceof Class<?> type
                    ? "(" + TypeNames.of(type) + ")" : "") + m.value();
            case ScriptProperty -> "System.Object " + m.name() + " {" + (m.value() != null ? "get=" + m.value() + ";"
                    : "") + (m.secondValue() != null ? "set=" + m.secondValue() + ";" : "") + "}";
            case CodeProperty -> "System.Object " + m.name() + "{" + (m.value() instanceof Method get
                    ? "get=" + get.getName() + ";" : "") + (m.secondValue() instanceof Method set
                    ? "set=" + set.getName() + ";" : "") + "}";
            case ScriptMethod -> "System.Object " + m.name() + "();";
            case CodeMethod -> m.value() instanceof Method method ? codeMethod(method) : m.name();
            case PropertySet -> m.name() + " {" + String.join(", ", m.<String>items()) + "}";
            case MemberSet -> m.name() + " {" + m.<PSMember>items().stream().map(PSMember::name)
                    .collect(Collectors.joining(", ")) + "}";
            default -> m.name();
        };
    }

    private static String codeMethod(Method method) {
        StringBuilder sb = new StringBuilder("static ").append(TypeDisplay.of(method.getReturnType())).append(' ')
                .append(method.getName()).append('(');
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(TypeDisplay.of(parameters[i].getType())).append(' ')
                    .append(parameters[i].getName());
        }
        return sb.append(')').toString();
    }
}
