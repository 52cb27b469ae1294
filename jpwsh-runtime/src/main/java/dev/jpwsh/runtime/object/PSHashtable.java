package dev.jpwsh.runtime.object;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PowerShell's hashtable ({@code @{}}, and {@code [ordered]@{}}): string keys compare without case (except in
 * one made by {@code [hashtable]::new()}, which compares them as .NET's default comparer does), and entries
 * keep their insertion order. (PowerShell's plain hashtable orders by hash; jpwsh keeps insertion order for both
 * so that output is predictable.) Not thread-safe; {@code [hashtable]::Synchronized} wraps it.
 */
public class PSHashtable extends AbstractMap<Object, Object> {
    private final LinkedHashMap<Object, Map.Entry<Object, Object>> entries = new LinkedHashMap<>();
    private final boolean ignoreCase;

    public PSHashtable() {
        this(true);
    }

    public PSHashtable(Map<?, ?> source) {
        this(true);
        source.forEach(this::put);
    }

    private PSHashtable(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
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

    private Object keyOf(Object key) {
        return ignoreCase && key instanceof String s ? s.toLowerCase(Locale.ROOT) : key;
    }

    @Override
    public Object get(Object key) {
        Map.Entry<Object, Object> e = entries.get(keyOf(key));
        return e == null ? null : e.getValue();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(keyOf(key));
    }

    @Override
    public Object put(Object key, Object value) {
        Map.Entry<Object, Object> existing = entries.putIfAbsent(keyOf(key), new SimpleEntry<>(key, value));
        return existing == null ? null : existing.setValue(value);
    }

    @Override
    public Object remove(Object key) {
        Map.Entry<Object, Object> e = entries.remove(keyOf(key));
        return e == null ? null : e.getValue();
    }

    @Override
    public void clear() {
        entries.clear();
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Object, Object>> iterator() {
                return entries.values().iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    @Override
    public String toString() {
        return "System.Collections.Hashtable";
    }
}
