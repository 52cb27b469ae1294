package dev.jpwsh.engine.scope;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scope's variables by lower-cased key. A call's scope holds a handful (its parameters and a few locals), so up to
 * {@value #SMALL} live in one short array of keys and variables side by side, searched in order, which costs no
 * allocation until the first variable and no hashing; a scope that grows past that, such as the global one, moves
 * them into a hash map for good. Keys are compared by identity first: the compiler interns the names a script writes.
 * A 64-bit filter (one bit per key, chosen by its cached hash code) answers most lookups of a name the small form does
 * not hold without a search: a new call scope is asked for its call variables' names, and for each parameter before
 * it is set.
 *
 * <p>{@link Scope} extends this class rather than holding a table, so that a call's new scope is one object, not two.
 * A shared table (a session's global scope, which methods of the session's class instances read and write from
 * other runspaces' threads) is a ConcurrentHashMap from the start and stays one; every other table is used by its
 * runspace's thread only.
 */
abstract class VariableTable {
    private static final int SMALL = 8;
    /** The size a shared table is made for: a new session's global scope holds some 30 variables. */
    private static final int SHARED_CAPACITY = 32;

    /**
     * The small form: key {@code i} at {@code 2 * i} and its variable after it, in insertion order; null until the first
     * put and after a move to the map.
     */
    private Object[] entries;
    private int size;
    /** The small form's keys' {@link #bit}s; 0 in the large form. */
    private long filter;
    /** The large form; null while the small one is used. */
    private Map<String, PSVariable> map;

    VariableTable(boolean shared) {
        if (shared) {
            map = new ConcurrentHashMap<>(SHARED_CAPACITY);
        }
    }

    final PSVariable getVariable(String key) {
        if (map != null) {
            return map.get(key);
        }
        int i = indexOf(key);
        return i < 0 ? null : (PSVariable) entries[2 * i + 1];
    }

    final boolean hasVariable(String key) {
        return map != null ? map.containsKey(key) : indexOf(key) >= 0;
    }

    final void putVariable(String key, PSVariable variable) {
        if (map != null) {
            map.put(key, variable);
            return;
        }
        int i = indexOf(key);
        if (i >= 0) {
            entries[2 * i + 1] = variable;
            return;
        }
        if (entries == null) {
            entries = new Object[4];
        } else if (2 * size == entries.length) {
            if (size == SMALL) {
                map = new HashMap<>(SMALL * 4);
                for (int j = 0; j < size; j++) {
                    map.put((String) entries[2 * j], (PSVariable) entries[2 * j + 1]);
                }
                map.put(key, variable);
                entries = null;
                size = 0;
                filter = 0;
                return;
            }
            entries = Arrays.copyOf(entries, 4 * size);
        }
        entries[2 * size] = key;
        entries[2 * size + 1] = variable;
        size++;
        filter |= bit(key);
    }

    /** Whether so many variables are held that finding one is a hash lookup, not a short search. */
    public final boolean hasManyVariables() {
        return map != null;
    }

    /** Removes the variable by that key; false when there is none. */
    final boolean removeVariable(String key) {
        if (map != null) {
            return map.remove(key) != null;
        }
        int i = indexOf(key);
        if (i < 0) {
            return false;
        }
        System.arraycopy(entries, 2 * i + 2, entries, 2 * i, 2 * (size - i - 1));
        size--;
        entries[2 * size] = null;
        entries[2 * size + 1] = null;
        filter = 0;
        for (int j = 0; j < size; j++) {
            filter |= bit((String) entries[2 * j]);
        }
        return true;
    }

    /** Forgets every variable; {@code shared} as the table was made. */
    final void clearVariables(boolean shared) {
        map = shared ? new ConcurrentHashMap<>(SHARED_CAPACITY) : null;
        entries = null;
        size = 0;
        filter = 0;
    }

    /** The variables by key, read-only; the small form gives a copy in insertion order. */
    final Map<String, PSVariable> variablesView() {
        if (map != null) {
            return Collections.unmodifiableMap(map);
        }
        Map<String, PSVariable> copy = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            copy.put((String) entries[2 * i], (PSVariable) entries[2 * i + 1]);
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Whether a variable is held by one of {@code names}: for most tables, one test of the filter. */
    final boolean holdsAny(DeferredNames names) {
        if (map == null && (filter & names.bits()) == 0) {
            return false;
        }
        for (String key : names.keys()) {
            if (hasVariable(key)) {
                return true;
            }
        }
        return false;
    }

    /** The filter bit of {@code key}: one of 64, chosen by its cached hash code. */
    static long bit(String key) {
        return 1L << key.hashCode();
    }

    private int indexOf(String key) {
        if ((filter & bit(key)) == 0) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (entries[2 * i] == key) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (entries[2 * i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
