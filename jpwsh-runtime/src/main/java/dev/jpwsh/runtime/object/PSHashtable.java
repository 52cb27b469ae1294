package dev.jpwsh.runtime.object;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * PowerShell's hashtable ({@code @{}}, and {@code [ordered]@{}}): string keys compare without case (except in
 * one made by {@code [hashtable]::new()}, which compares them as .NET's default comparer does), and entries
 * keep their insertion order. (PowerShell's plain hashtable orders by hash; jpwsh keeps insertion order for both
 * so that output is predictable.) Not thread-safe; {@code [hashtable]::Synchronized} wraps it.
 */
public class PSHashtable extends AbstractMap<Object, Object> {
    private final OrderedKeyTable table;

    public PSHashtable() {
        this(true);
    }

    public PSHashtable(Map<?, ?> source) {
        this(true);
        source.forEach(this::put);
    }

    /** A table whose string keys compare without case when {@code ignoreCase}, else ordinally. */
    protected PSHashtable(boolean ignoreCase) {
        this.table = new OrderedKeyTable(ignoreCase);
    }

    /** {@code [hashtable]::new()}: string keys compare with case. */
    public static PSHashtable New() {
        return new PSHashtable(false);
    }

    /** {@code [hashtable]::new(capacity)}: the capacity is only a hint. */
    public static PSHashtable New(int capacity) {
        return New();
    }

    /** {@code [hashtable]::new($dictionary)}: a copy whose string keys compare with case. */
    public static PSHashtable New(Map<?, ?> source) {
        PSHashtable table = New();
        source.forEach(table::put);
        return table;
    }

    /** {@code [hashtable]::new([StringComparer]::OrdinalIgnoreCase)}: keys compare as the comparer says. */
    public static PSHashtable New(java.util.Comparator<Object> comparer) {
        return new PSHashtable(comparer.compare("a", "A") == 0);
    }

    /** {@code [hashtable]::Synchronized($h)}: a thread-safe view of the same table. */
    public static PSHashtable Synchronized(Map<?, ?> table) {
        return new SynchronizedHashtable(table instanceof PSHashtable h ? h : new PSHashtable(table));
    }

    public boolean getIsSynchronized() {
        return this instanceof SynchronizedHashtable;
    }

    @Override
    public Object get(Object key) {
        int slot = table.find(key);
        return slot < 0 ? null : table.valueAt(slot);
    }

    @Override
    public boolean containsKey(Object key) {
        return table.find(key) >= 0;
    }

    @Override
    public Object put(Object key, Object value) {
        return table.put(key, value);
    }

    @Override
    public Object remove(Object key) {
        return table.remove(key);
    }

    @Override
    public void clear() {
        table.clear();
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Object, Object>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return table.size();
            }
        };
    }

    /** The entries in insertion order, failing fast when keys are added or removed meanwhile, except by itself. */
    private final class Entries implements Iterator<Map.Entry<Object, Object>> {
        private int expected = table.modifications();
        private int next = table.nextLive(0);
        private int last = -1;

        @Override
        public boolean hasNext() {
            return next >= 0;
        }

        @Override
        public Map.Entry<Object, Object> next() {
            table.checkUnmodified(expected);
            if (next < 0) {
                throw OrderedKeyTable.exhausted();
            }
            last = next;
            next = table.nextLive(last + 1);
            return new Entry(last, table.keyAt(last));
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            table.checkUnmodified(expected);
            table.removeAt(last);
            last = -1;
            expected = table.modifications();
        }
    }

    /** One entry as iteration gives it: its value is read from and written to the table. */
    private final class Entry implements Map.Entry<Object, Object> {
        private final int slot;
        private final Object key;

        Entry(int slot, Object key) {
            this.slot = slot;
            this.key = key;
        }

        @Override
        public Object getKey() {
            return key;
        }

        @Override
        public Object getValue() {
            return current() ? table.valueAt(slot) : PSHashtable.this.get(key);
        }

        @Override
        public Object setValue(Object value) {
            if (current()) {
                Object old = table.valueAt(slot);
                table.setValueAt(slot, value);
                return old;
            }
            return PSHashtable.this.put(key, value);
        }

        /** Whether the slot still holds this entry (no removal has moved the slots since). */
        private boolean current() {
            return !table.isRemoved(slot) && table.keyAt(slot) == key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && java.util.Objects.equals(key, e.getKey())
                    && java.util.Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(key) ^ java.util.Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return key + "=" + getValue();
        }
    }

    @Override
    public String toString() {
        return "System.Collections.Hashtable";
    }
}
