package dev.jpwsh.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * The extended members of one object or one type, in the order they were added and found without regard to case,
 * and the type names added in front of its own ({@code Add-Member -TypeName}). Not thread-safe.
 */
public final class MemberTable {
    private final LinkedHashMap<String, PSMember> members = new LinkedHashMap<>();
    private final List<String> typeNames = new ArrayList<>();
    /** The text the object's ToString gives instead of its own (a deserialized object's {@code <ToString>}). */
    private String text;

    public PSMember find(String name) {
        return members.get(name.toLowerCase(Locale.ROOT));
    }

    /** Adds a member, replacing one of the same name. */
    public void add(PSMember member) {
        members.put(member.name().toLowerCase(Locale.ROOT), member);
    }

    public void remove(String name) {
        members.remove(name.toLowerCase(Locale.ROOT));
    }

    public List<PSMember> members() {
        return List.copyOf(members.values());
    }

    public boolean isEmpty() {
        return members.isEmpty() && typeNames.isEmpty() && text == null;
    }

    /** The text that stands for the object in strings and display, or null when it is its own. */
    public String text() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Puts a type name before the object's own ones. */
    public void addTypeName(String name) {
        typeNames.addFirst(name);
    }

    /** Takes back a type name put in front of the object's own ones. */
    public void removeTypeName(String name) {
        typeNames.remove(name);
    }

    /** The added type names, most specific first. */
    public List<String> typeNames() {
        return List.copyOf(typeNames);
    }
}
