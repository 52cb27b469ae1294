package dev.jpwsh.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What {@code [hashtable]::Synchronized()} returns: every operation holds the table's lock, so runspaces on
 * different threads can share it. Iteration works on a snapshot taken under the lock.
 */
public final class SynchronizedHashtable extends PSHashtable {
    SynchronizedHashtable(Map<?, ?> source) {
        super(source);
    }

    @Override
    public synchronized Object get(Object key) {
        return super.get(key);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return super.containsKey(key);
    }

    @Override
    public synchronized Object put(Object key, Object value) {
        return super.put(key, value);
    }

    @Override
    public synchronized Object remove(Object key) {
        return super.remove(key);
    }

    @Override
    public synchronized void clear() {
        super.clear();
    }

    @Override
    public synchronized int size() {
        return super.size();
    }

    @Override
    public synchronized Set<Map.Entry<Object, Object>> entrySet() {
        return new LinkedHashSet<>(new ArrayList<>(super.entrySet()));
    }
}
