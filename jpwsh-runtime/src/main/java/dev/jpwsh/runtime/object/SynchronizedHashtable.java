package dev.jpwsh.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What {@code [hashtable]::Synchronized($h)} returns: a view of the same table in which every operation holds
 * the table's lock, so runspaces on different threads can share it. Iteration works on a snapshot.
 */
public final class SynchronizedHashtable extends PSHashtable {
    private final PSHashtable table;

    SynchronizedHashtable(PSHashtable table) {
        this.table = table;
    }

    @Override
    public Object get(Object key) {
        synchronized (table) {
            return table.get(key);
        }
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (table) {
            return table.containsKey(key);
        }
    }

    @Override
    public Object put(Object key, Object value) {
        synchronized (table) {
            return table.put(key, value);
        }
    }

    @Override
    public Object remove(Object key) {
        synchronized (table) {
            return table.remove(key);
        }
    }

    @Override
    public void clear() {
        synchronized (table) {
            table.clear();
        }
    }

    @Override
    public int size() {
        synchronized (table) {
            return table.size();
        }
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        synchronized (table) {
            return new LinkedHashSet<>(new ArrayList<>(table.entrySet()));
        }
    }
}
