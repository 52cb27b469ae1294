package dev.jpwsh.runtime.object;

import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The storage of a {@link PSHashtable}: entries in insertion order in three parallel arrays (key as given, value,
 * hash), found through an open-addressing index of slot numbers. A case-insensitive table compares string keys by
 * their {@code toLowerCase(Locale.ROOT)} forms, as the table always has, but without making that lower-case copy
 * for the common ASCII key: its hash is computed folding each character, and two ASCII keys compare folding too.
 * Compared with a LinkedHashMap of entries, a new key costs no node objects, and a lookup no new string.
 *
 * <p>A removed entry leaves a hole ({@link #REMOVED} as its key) that iteration skips; the holes are squeezed out
 * when they are as many as the live entries. Not thread-safe; {@link #modifications} lets iterators fail fast, as
 * LinkedHashMap's do.
 */
final class OrderedKeyTable {
    /** The key of a removed entry's slot. */
    private static final Object REMOVED = new Object();
    private static final int FIRST_CAPACITY = 8;

    private final boolean ignoreCase;
    private Object[] keys = new Object[FIRST_CAPACITY];
    private Object[] values = new Object[FIRST_CAPACITY];
    private int[] hashes = new int[FIRST_CAPACITY];
    /** Slots in use, holes included. */
    private int used;
    /** Live entries. */
    private int size;
    /** Slot number + 1 of each entry at its hash's position (linear probing); 0 is empty. Length a power of two. */
    private int[] index = new int[FIRST_CAPACITY * 2];
    /** Changes to the set of keys (puts of new keys, removals, clears), for fail-fast iteration. */
    private int modifications;

    OrderedKeyTable(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    int size() {
        return size;
    }

    int modifications() {
        return modifications;
    }

    /** The slot of {@code key}, or -1. */
    int find(Object key) {
        int hash = hash(key);
        int mask = index.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int slot = index[i] - 1;
            if (slot < 0) {
                return -1;
            }
            if (hashes[slot] == hash && keys[slot] != REMOVED && same(keys[slot], key)) {
                return slot;
            }
        }
    }

    Object valueAt(int slot) {
        return values[slot];
    }

    Object keyAt(int slot) {
        return keys[slot];
    }

    void setValueAt(int slot, Object value) {
        values[slot] = value;
    }

    /** Sets the value of {@code key}, adding the entry at the end when it is new; returns the old value or null. */
    Object put(Object key, Object value) {
        int hash = hash(key);
        int mask = index.length - 1;
        int i = hash & mask;
        for (; ; i = (i + 1) & mask) {
            int slot = index[i] - 1;
            if (slot < 0) {
                break;
            }
            if (hashes[slot] == hash && keys[slot] != REMOVED && same(keys[slot], key)) {
                Object old = values[slot];
                values[slot] = value;
                return old;
            }
        }
        if (used == keys.length) {
            grow();
            add(key, value, hash);
            return null;
        }
        index[i] = used + 1;
        store(key, value, hash);
        return null;
    }

    /** Removes {@code key}'s entry; returns its value, or null when there was none. */
    Object remove(Object key) {
        int slot = find(key);
        if (slot < 0) {
            return null;
        }
        Object old = values[slot];
        removeAt(slot);
        if (size > 0 && used - size > size) {
            rebuild(keys.length);
        }
        return old;
    }

    /** Removes the live entry at {@code slot}, leaving a hole: the other entries keep their slots. */
    void removeAt(int slot) {
        keys[slot] = REMOVED;
        values[slot] = null;
        size--;
        modifications++;
        if (size == 0) {
            clear();
        }
    }

    boolean isRemoved(int slot) {
        return keys[slot] == REMOVED;
    }

    void clear() {
        Arrays.fill(keys, 0, used, null);
        Arrays.fill(values, 0, used, null);
        Arrays.fill(index, 0);
        used = 0;
        size = 0;
        modifications++;
    }

    /** The next live slot at or after {@code slot}, or -1. */
    int nextLive(int slot) {
        for (int s = slot; s < used; s++) {
            if (keys[s] != REMOVED) {
                return s;
            }
        }
        return -1;
    }

    /** Checks that {@code expected} is still the count of modifications, as an iterator does before each step. */
    void checkUnmodified(int expected) {
        if (modifications != expected) {
            throw new ConcurrentModificationException();
        }
    }

    /** Throws NoSuchElementException for an iterator that has run out. */
    static NoSuchElementException exhausted() {
        return new NoSuchElementException();
    }

    private void store(Object key, Object value, int hash) {
        keys[used] = key;
        values[used] = value;
        hashes[used] = hash;
        used++;
        size++;
        modifications++;
    }

    /** Adds a key known to be absent, the arrays having room. */
    private void add(Object key, Object value, int hash) {
        int mask = index.length - 1;
        int i = hash & mask;
        while (index[i] != 0) {
            i = (i + 1) & mask;
        }
        index[i] = used + 1;
        store(key, value, hash);
    }

    private void grow() {
        rebuild(size * 2 >= keys.length ? keys.length * 2 : keys.length);
    }

    /** Moves the live entries, in order, into arrays of {@code capacity} slots, and indexes them afresh. */
    private void rebuild(int capacity) {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        int oldUsed = used;
        keys = new Object[capacity];
        values = new Object[capacity];
        hashes = new int[capacity];
        index = new int[capacity * 2];
        used = 0;
        size = 0;
        for (int s = 0; s < oldUsed; s++) {
            if (oldKeys[s] != REMOVED) {
                add(oldKeys[s], oldValues[s], oldHashes[s]);
            }
        }
        modifications++;
    }

    /** A key's hash: for a string in a case-insensitive table, the hash code of its lower-case form. */
    private int hash(Object key) {
        int h;
        if (key == null) {
            h = 0;
        } else if (ignoreCase && key instanceof String s) {
            h = foldedHash(s);
        } else {
            h = key.hashCode();
        }
        return h ^ (h >>> 16);
    }

    private static int foldedHash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return s.toLowerCase(Locale.ROOT).hashCode();
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return h;
    }

    private boolean same(Object stored, Object key) {
        if (stored == key) {
            return true;
        }
        if (stored == null || key == null) {
            return false;
        }
        if (ignoreCase && stored instanceof String a && key instanceof String b) {
            return sameFolded(a, b);
        }
        return stored.equals(key);
    }

    /** Whether the lower-case forms are equal; ASCII strings compare without making them. */
    private static boolean sameFolded(String a, String b) {
        if (a.length() == b.length()) {
            boolean ascii = true;
            for (int i = 0; i < a.length() && ascii; i++) {
                char x = a.charAt(i);
                char y = b.charAt(i);
                if (x >= 0x80 || y >= 0x80) {
                    ascii = false;
                } else if (x != y && (x | 0x20) != (y | 0x20) || x != y && !isAsciiLetter(x)) {
                    return false;
                }
            }
            if (ascii) {
                return true;
            }
        }
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static boolean isAsciiLetter(char c) {
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'z';
    }
}
