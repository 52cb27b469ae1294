package dev.jpwsh.dotnet.automation;

import dev.jpwsh.dotnet.EngineServices;
import dev.jpwsh.runtime.error.AutomationExceptions;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.NamedIndexer;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $x.psobject}: the object's members and type names as PowerShell's extended type system shows them, for a
 * custom object and for any other value: BaseObject, ImmediateBaseObject, TypeNames, and the Properties, Methods and
 * Members collections, enumerable and indexed by name ({@code .Properties['Name']}), whose items read the value
 * live.
 */
@DotNetName("System.Management.Automation.PSObject")
public final class PSObjectView {
    private final Object target;

    public PSObjectView(Object target) {
        this.target = target;
    }

    public Object getBaseObject() {
        return target;
    }

    public Object getImmediateBaseObject() {
        return target;
    }

    /** The type names, most specific first; a custom object's are its own, live. */
    public List<Object> getTypeNames() {
        if (target instanceof PSObject o) {
            return new TypeNameList(o.typeNamesForUpdate());
        }
        List<Object> names = new ArrayList<>();
        MemberTable added = InstanceMembers.of(target);
        if (added != null) {
            names.addAll(added.typeNames());
            if (!names.isEmpty() && String.valueOf(names.getFirst()).startsWith("Deserialized.")) {
                // a deserialized value's names are those it was written with, as pwsh's deserializer sets them
                return names;
            }
        }
        for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(EngineServices.ENGINE.typeName(target)),
                EngineServices.ENGINE.baseTypeNames(target).stream()).toList()) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** A custom object's PSTypeNames, live: Insert, Add, Remove and Clear change the object's type names. */
    public static final class TypeNameList extends java.util.AbstractList<Object> {
        private final List<String> names;

        TypeNameList(List<String> names) {
            this.names = names;
        }

        @Override
        public Object get(int index) {
            return names.get(index);
        }

        @Override
        public int size() {
            return names.size();
        }

        @Override
        public void add(int index, Object name) {
            names.add(index, String.valueOf(name));
        }

        @Override
        public Object remove(int index) {
            return names.remove(index);
        }

        public void Insert(int index, Object name) {
            add(index, name);
        }

        public void Add(Object name) {
            add(size(), name);
        }

        public boolean Remove(Object name) {
            return names.remove(String.valueOf(name));
        }
    }

    public MemberList getProperties() {
        return new MemberList(target, true, false);
    }

    public MemberList getMethods() {
        return new MemberList(target, false, true);
    }

    public MemberList getMembers() {
        return new MemberList(target, true, true);
    }

    @Override
    public String toString() {
        return TypeNames.text(target);
    }

    /**
     * One of the member collections: a custom object's note properties, then the properties and methods its type
     * gives it (Members also lists the members Add-Member gave it, such as a property set); enumerable, indexed by name, {@code Match(pattern)} by wildcard, and Add and Remove for a custom
     * object's properties.
     */
    @DotNetName("System.Management.Automation.PSMemberInfoIntegratingCollection`1")
    public static final class MemberList extends java.util.AbstractList<Object> implements NamedIndexer {
        private final Object target;
        private final boolean properties;
        private final boolean methods;

        MemberList(Object target, boolean properties, boolean methods) {
            this.target = target;
            this.properties = properties;
            this.methods = methods;
        }

        private List<Object> items() {
            List<Object> list = new ArrayList<>();
            if (properties) {
                if (target instanceof PSObject o) {
                    for (PSObject.Property p : o.properties()) {
                        list.add(new PSNoteProperty(p.name(), p.value()));
                    }
                }
                for (String name : EngineServices.ENGINE.adaptedProperties(target)) {
                    list.add(new PSProperty(target, name));
                }
            }
            if (properties && methods) {
                MemberTable added = InstanceMembers.of(target);
                if (added != null) {
                    for (dev.jpwsh.runtime.object.PSMember member : added.members()) {
                        if (list.stream().noneMatch(m -> memberName(m).equalsIgnoreCase(member.name()))) {
                            list.add(member);
                        }
                    }
                }
            }
            if (methods) {
                for (String name : EngineServices.ENGINE.adaptedMethods(target)) {
                    list.add(new PSMethod(target, name));
                }
            }
            return list;
        }

        @Override
        public Object get(int index) {
            return items().get(index);
        }

        @Override
        public int size() {
            return items().size();
        }

        /** {@code .Properties['Name']}: the member of that name, without regard to case, or null. */
        @Override
        public Object item(String name) {
            for (Object member : items()) {
                if (memberName(member).equalsIgnoreCase(name)) {
                    return member;
                }
            }
            return null;
        }

        /** The members whose names match a wildcard, without regard to case. */
        public Object[] Match(String pattern) {
            return items().stream().filter(m -> Wildcard.matches(memberName(m), pattern, false)).toArray();
        }

        public void Add(PSNoteProperty property) {
            if (property == null) {
                throw AutomationExceptions.PSArgumentNullException.of("member");
            }
            if (target instanceof PSObject o) {
                o.set(property.getName(), property.getValue());
            }
        }

        /** Removes a custom object's property. */
        public void Remove(String name) {
            if (target instanceof PSObject o) {
                o.remove(name);
            }
        }

        private static String memberName(Object member) {
            return switch (member) {
                case PSNoteProperty note -> note.getName();
                case PSProperty property -> property.getName();
                case PSMethod method -> method.getName();
                case dev.jpwsh.runtime.object.PSMember added -> added.name();
                default -> "";
            };
        }
    }

    /** System.Management.Automation.PSProperty: a property the value's type gives it, read and set live. */
    @DotNetName("System.Management.Automation.PSProperty")
    public record PSProperty(Object target, String getName) {
        public Object getValue() {
            return EngineServices.ENGINE.readMember(target, getName);
        }

        public void setValue(Object value) {
            EngineServices.ENGINE.writeMember(target, getName, value);
        }

        public String getMemberType() {
            return "Property";
        }

        public String getTypeNameOfValue() {
            Object value = getValue();
            return value == null ? "System.Object" : TypeNames.ofValue(value);
        }

        public boolean getIsGettable() {
            return true;
        }

        @Override
        public String toString() {
            return getTypeNameOfValue() + " " + getName;
        }
    }

    /** System.Management.Automation.PSMethod: a method the value's type gives it, with {@code Invoke(args)}. */
    @DotNetName("System.Management.Automation.PSMethod")
    public record PSMethod(Object target, String getName) {
        public String getMemberType() {
            return "Method";
        }

        public Object Invoke() {
            return call();
        }

        public Object Invoke(Object argument) {
            return call(argument);
        }

        public Object Invoke(Object first, Object second) {
            return call(first, second);
        }

        public Object Invoke(Object first, Object second, Object third) {
            return call(first, second, third);
        }

        private Object call(Object... args) {
            return EngineServices.ENGINE.invokeMember(target, getName, new ArrayList<>(java.util.Arrays.asList(args)));
        }

        @Override
        public String toString() {
            return getName;
        }
    }
}
