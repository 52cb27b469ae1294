package dev.jpwsh.runtime.object;

import java.util.List;

/**
 * One member added to an object or a type by the extended type system (Add-Member, Update-TypeData): its kind, its
 * name and what it holds. A NoteProperty holds its value; an AliasProperty the name it refers to and, as its second
 * value, the type to convert to (or null); a ScriptProperty its getter and setter script blocks; a CodeProperty its
 * getter and setter methods; a ScriptMethod its script block; a CodeMethod its method; a PropertySet its property
 * names (a list of strings); a MemberSet its members (a list of {@code PSMember}). The engine evaluates them. Not
 * thread-safe (a note's value changes by assignment).
 */
public final class PSMember {
    private final PSMemberTypes kind;
    private final String name;
    private Object value;
    private final Object secondValue;

    public PSMember(PSMemberTypes kind, String name, Object value, Object secondValue) {
        this.kind = kind;
        this.name = name;
        this.value = value;
        this.secondValue = secondValue;
    }

    public PSMemberTypes kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** What scripts read as the member's MemberType. */
    public PSMemberTypes getMemberType() {
        return kind;
    }

    public Object value() {
        return value;
    }

    /** A note's new value. */
    public void setValue(Object value) {
        this.value = value;
    }

    public Object secondValue() {
        return secondValue;
    }

    /** A MemberSet's members, or a PropertySet's names. */
    @SuppressWarnings("unchecked")
    public <T> List<T> items() {
        return value instanceof List<?> list ? (List<T>) list : List.of();
    }
}
