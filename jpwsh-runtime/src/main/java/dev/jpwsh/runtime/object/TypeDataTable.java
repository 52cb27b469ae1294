package dev.jpwsh.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * One session's type data (Update-TypeData, types.ps1xml): per type name, the members every object of that type
 * gets and the default display and key property sets. {@link #any()} answers, without a lookup, whether any session
 * of the process has type data, so member access pays nothing until a script first adds some. Used by the session's
 * pipeline thread.
 */
public final class TypeDataTable {
    /** The data of one type name. */
    public static final class Entry {
        private final String typeName;
        private final MemberTable members = new MemberTable();
        private List<String> defaultDisplayPropertySet;
        private List<String> defaultKeyPropertySet;
        private String defaultDisplayProperty;
        private Object typeConverter;

        Entry(String typeName) {
            this.typeName = typeName;
        }

        public String typeName() {
            return typeName;
        }

        public MemberTable members() {
            return members;
        }

        public List<String> defaultDisplayPropertySet() {
            return defaultDisplayPropertySet;
        }

        public void setDefaultDisplayPropertySet(List<String> names) {
            defaultDisplayPropertySet = names == null ? null : List.copyOf(names);
        }

        public List<String> defaultKeyPropertySet() {
            return defaultKeyPropertySet;
        }

        public void setDefaultKeyPropertySet(List<String> names) {
            defaultKeyPropertySet = names == null ? null : List.copyOf(names);
        }

        public String defaultDisplayProperty() {
            return defaultDisplayProperty;
        }

        public void setDefaultDisplayProperty(String name) {
            defaultDisplayProperty = name;
        }

        public Object typeConverter() {
            return typeConverter;
        }

        public void setTypeConverter(Object converter) {
            typeConverter = converter;
        }
    }

    private static volatile boolean used;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    /** Whether any session has been given type data so far. */
    public static boolean any() {
        return used;
    }

    /** The entry of {@code typeName}, or null. */
    public Entry find(String typeName) {
        return entries.get(typeName.toLowerCase(Locale.ROOT));
    }

    /** The entry of {@code typeName}, made when there is none. */
    public Entry forUpdate(String typeName) {
        used = true;
        return entries.computeIfAbsent(typeName.toLowerCase(Locale.ROOT), k -> new Entry(typeName));
    }

    public void remove(String typeName) {
        entries.remove(typeName.toLowerCase(Locale.ROOT));
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** The member {@code name} that the type data of one of {@code typeNames} gives, most specific type first. */
    public PSMember findMember(List<?> typeNames, String name) {
        for (Object typeName : typeNames) {
            Entry entry = find(String.valueOf(typeName));
            PSMember member = entry == null ? null : entry.members().find(name);
            if (member != null) {
                return member;
            }
        }
        return null;
    }
}
