package dev.jpwsh.engine.scope;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lower-cased names that any variable of this JVM has carried with the AllScope option, so that an assignment
 * creating a variable can tell, without walking its scope's parents, that no scope above it can share one by that
 * name. Names are only added (a variable that loses the option, or is removed, leaves its name here), which keeps
 * the answer conservative: a name found here means "walk the parents", one not found means "no AllScope variable".
 * A 1024-bit filter with two bits per name, chosen by its hash code, answers almost every other name without a set
 * lookup. Past {@value #CAPACITY} names the index stops recording and answers "walk" for every name.
 */
final class AllScopeNames {
    private static final int CAPACITY = 4096;
    private static final Set<String> NAMES = ConcurrentHashMap.newKeySet();
    private static final int FILTER_BITS = 1024;
    /** Two bits per recorded name ({@link #first}, {@link #second}); replaced, never changed, when a name is added. */
    private static volatile long[] filter = new long[FILTER_BITS / 64];
    /** Set once the index has stopped recording (the filter is then replaced once more, see {@link #filter()}). */
    private static volatile boolean overflowed;

    private AllScopeNames() {
    }

    /** Records that a variable named {@code name} has (or had) the AllScope option. */
    static void add(String name) {
        String key = Scope.key(name);
        if (!overflowed && !NAMES.contains(key)) {
            record(key);
        }
    }

    private static synchronized void record(String key) {
        if (overflowed || NAMES.contains(key)) {
            return;
        }
        if (NAMES.size() >= CAPACITY) {
            overflowed = true;
            filter = filter.clone(); // a new filter tells the answers remembered from the old one are stale
            return;
        }
        NAMES.add(key);
        long[] next = filter.clone();
        int h = key.hashCode();
        next[first(h) >>> 6] |= 1L << first(h);
        next[second(h) >>> 6] |= 1L << second(h);
        filter = next;
    }

    /**
     * The filter now: a new array whenever a name is recorded or recording stops, so an answer computed while it was
     * this same array is still right.
     */
    static long[] filter() {
        return filter;
    }

    /** Whether some variable by this lower-cased name may be AllScope. */
    static boolean mayBeAllScope(String key) {
        if (overflowed) {
            return true;
        }
        long[] bits = filter;
        int h = key.hashCode();
        return (bits[first(h) >>> 6] & 1L << first(h)) != 0 && (bits[second(h) >>> 6] & 1L << second(h)) != 0
                && NAMES.contains(key);
    }

    private static int first(int hash) {
        return hash & (FILTER_BITS - 1);
    }

    private static int second(int hash) {
        return (hash >>> 10 ^ hash >>> 20) & (FILTER_BITS - 1);
    }
}
