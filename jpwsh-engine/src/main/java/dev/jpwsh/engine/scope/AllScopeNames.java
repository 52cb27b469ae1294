package dev.jpwsh.engine.scope;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lower-cased names that any variable of this JVM has carried with the AllScope option, so that an assignment
 * creating a variable can tell, without walking its scope's parents, that no scope above it can share one by that
 * name. Names are only added (a variable that loses the option, or is removed, leaves its name here), which keeps
 * the answer conservative: a name found here means "walk the parents", one not found means "no AllScope variable".
 * Past {@value #CAPACITY} names the index stops recording and answers "walk" for every name.
 */
final class AllScopeNames {
    private static final int CAPACITY = 4096;
    private static final Set<String> NAMES = ConcurrentHashMap.newKeySet();
    private static volatile boolean overflowed;

    private AllScopeNames() {
    }

    /** Records that a variable named {@code name} has (or had) the AllScope option. */
    static void add(String name) {
        if (overflowed) {
            return;
        }
        if (NAMES.size() >= CAPACITY) {
            overflowed = true;
            return;
        }
        NAMES.add(Scope.key(name));
    }

    /** Whether some variable by this lower-cased name may be AllScope. */
    static boolean mayBeAllScope(String key) {
        return NAMES.contains(key) || overflowed;
    }
}
