package dev.jpwsh.engine.scope;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lower-cased names that any variable of this JVM has carried with the AllScope option, so that an assignment
 * creating a variable can tell, without walking its scope's parents, that no scope above it can share one by that
 * name. Names are only added (a variable that loses the option, or is removed, leaves its name here), which keeps
 * the answer conservative: a name found here means "walk the parents", one not found means "no AllScope variable".
 * A 64-bit mask of the names' hash codes answers most names without a set lookup. Past {@value #CAPACITY} names the
 * index stops recording and answers "walk" for every name.
 */
final class AllScopeNames {
    private static final int CAPACITY = 4096;
    private static final Set<String> NAMES = ConcurrentHashMap.newKeySet();
    /** One bit per recorded name, chosen by its hash code; every bit set once the index overflows. */
    private static volatile long mask;

    private AllScopeNames() {
    }

    /** Records that a variable named {@code name} has (or had) the AllScope option. */
    static synchronized void add(String name) {
        if (mask == -1L) {
            return;
        }
        if (NAMES.size() >= CAPACITY) {
            mask = -1L;
            return;
        }
        String key = Scope.key(name);
        NAMES.add(key);
        mask |= bit(key);
    }

    /** Whether some variable by this lower-cased name may be AllScope. */
    static boolean mayBeAllScope(String key) {
        long bits = mask;
        return (bits & bit(key)) != 0 && (bits == -1L || NAMES.contains(key));
    }

    private static long bit(String key) {
        int h = key.hashCode();
        return 1L << (h ^ (h >>> 6) ^ (h >>> 12));
    }
}
