package dev.jpwsh.dotnet.automation;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;

/** {@code $x.psobject}: the object's properties and type names as PowerShell's extended type system shows them. */
@DotNetName("System.Management.Automation.PSObject")
public final class PSObjectView {
    private final Object target;

    public PSObjectView(Object target) {
        this.target = target;
    }

    public Object getBaseObject() {
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
        }
        names.add(TypeNames.ofValue(target));
        names.add("System.Object");
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

    public PropertyList getProperties() {
        return new PropertyList(target);
    }

    /** The property collection: enumerable, with {@code Add} for custom objects. */
    public static final class PropertyList extends java.util.AbstractList<Object> {
        private final Object target;

        PropertyList(Object target) {
            this.target = target;
        }

        private List<Object> items() {
            List<Object> list = new ArrayList<>();
            if (target instanceof PSObject o) {
                for (PSObject.Property p : o.properties()) {
                    list.add(new PSNoteProperty(p.name(), p.value()));
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

        public void Add(PSNoteProperty property) {
            if (target instanceof PSObject o) {
                o.set(property.getName(), property.getValue());
            }
        }
    }
}
