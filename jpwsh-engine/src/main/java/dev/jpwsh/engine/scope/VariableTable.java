package dev.jpwsh.engine.scope;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scope's variables by lower-cased key. A call's scope holds a handful (its parameters and a few locals), so up to
 * {@value #SMALL} live in two short arrays searched in order, which costs no allocation until the first variable and
 * no hashing; a scope that grows past that, such as the global one, moves them into a hash map for good. Keys are
 * compared by identity first: the compiler interns the names a script writes. A 64-bit filter (one bit per key,
 * chosen by its cached hash code) answers most lookups of a name the small form does not hold without a search:
 * a new call scope is asked for its call variables' names, and for each parameter before it is set.
 *
 * <p>A shared table (a session's global scope, which methods of the session's class instances read and write from
 * other runspaces' threads) is a ConcurrentHashMap from the start and stays one; every other table is used by its
 * runspace's thread only.
 */
final class VariableTable {
    private static final int SMALL = 8;
    /** The size a shared table is made for: a new session's global scope holds some 30 variables. */
    private static final int SHARED_CAPACITY = 32;

    /** The small form: keys and variables in insertion order; null until the first put and after a move to the map. */
    private String[] keys;
    private PSVariable[] values;
    private int size;
    /** The small form's keys' {@link #bit}s; 0 in the large form. */
    private long filter;
    /** The large form; null while the small one is used. */
    private Map<String, PSVariable> map;
    private final boolean shared;

    VariableTable(boolean shared) {
        this.shared = shared;
        if (shared) {
            map = new ConcurrentHashMap<>(SHARED_CAPACITY);
        }
    }

    PSVariable get(String key) {
        if (map != null) {
            return map.get(key);
        }
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    boolean containsKey(String key) {
        return map != null ? map.containsKey(key) : indexOf(key) >= 0;
    }

    void put(String key, PSVariable variable) {
        if (map != null) {
            map.put(key, variable);
            return;
        }
        int i = indexOf(key);
        if (i >= 0) {
            values[i] = variable;
            return;
        }
        if (keys == null) {
            keys = new String[2];
            values = new PSVariable[2];
        } else if (size == keys.length) {
            if (size == SMALL) {
                map = new HashMap<>(SMALL * 4);
                for (int j = 0; j < size; j++) {
                    map.put(keys[j], values[j]);
                }
                map.put(key, variable);
                keys = null;
                values = null;
                size = 0;
                filter = 0;
                return;
            }
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = variable;
        filter |= bit(key);
    }

    /** Removes the variable by that key; false when there is none. */
    boolean remove(String key) {
        if (map != null) {
            return map.remove(key) != null;
        }
        int i = indexOf(key);
        if (i < 0) {
            return false;
        }
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        filter = 0;
        for (int j = 0; j < size; j++) {
            filter |= bit(keys[j]);
        }
        return true;
    }

    void clear() {
        map = shared ? new ConcurrentHashMap<>(SHARED_CAPACITY) : null;
        keys = null;
        values = null;
        size = 0;
        filter = 0;
    }

    /** The variables by key, read-only; the small form gives a copy in insertion order. */
    Map<String, PSVariable> view() {
        if (map != null) {
            return Collections.unmodifiableMap(map);
        }
        Map<String, PSVariable> copy = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            copy.put(keys[i], values[i]);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static long bit(String key) {
        return 1L << key.hashCode();
    }

    private int indexOf(String key) {
        if ((filter & bit(key)) == 0) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
