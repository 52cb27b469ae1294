package dev.jpwsh.runtime.object;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members Add-Member gave single objects, kept beside the objects (as pwsh keeps the instance members of an
 * object it wrapped in a PSObject): by identity, and no longer than the object lives. Values stay plain Java objects,
 * so conversions and operators see them unchanged. {@link #any()} answers, without a lookup, whether any object of
 * the process has members, so member access pays nothing until a script first adds one. Thread-safe.
 */
public final class InstanceMembers {
    private static final ConcurrentHashMap<Object, MemberTable> TABLES = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> COLLECTED = new ReferenceQueue<>();
    private static volatile boolean used;

    private InstanceMembers() {
    }

    /** Whether any object has been given members (or type names) so far. */
    public static boolean any() {
        return used;
    }

    /** The table of {@code target}, or null when it has none. */
    public static MemberTable of(Object target) {
        return target == null || !used ? null : TABLES.get(new Lookup(target));
    }

    /** {@code name} among {@code target}'s members, or null. */
    public static PSMember find(Object target, String name) {
        MemberTable table = of(target);
        return table == null ? null : table.find(name);
    }

    /** The text {@code target} was given to show instead of its own (see {@link MemberTable#text()}), or null. */
    public static String text(Object target) {
        MemberTable table = of(target);
        return table == null ? null : table.text();
    }

    /**
     * Makes {@code text} what {@code target} shows in strings, in display and through its ToString method, as a
     * PSObject's ToString override does in pwsh (a deserialized enum's name, a total count's sentence).
     */
    public static void setText(Object target, String text) {
        MemberTable table = forUpdate(target);
        table.setText(text);
        try {
            table.add(new PSMember(PSMemberTypes.CodeMethod, "ToString",
                    InstanceMembers.class.getMethod("text", Object.class), null));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table of {@code target}, made when it has none yet. */
    public static MemberTable forUpdate(Object target) {
        purge();
        used = true;
        MemberTable table = TABLES.get(new Lookup(target));
        if (table == null) {
            table = new MemberTable();
            TABLES.put(new Key(target, COLLECTED), table);
        }
        return table;
    }

    private static void purge() {
        for (Object gone = COLLECTED.poll(); gone != null; gone = COLLECTED.poll()) {
            TABLES.remove(gone);
        }
    }

    /** A stored key: the object weakly, compared by identity. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object target, ReferenceQueue<Object> queue) {
            super(target, queue);
            hash = System.identityHashCode(target);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) {
                return true;
            }
            Object mine = get();
            return mine != null && (other instanceof Key k && k.get() == mine
                    || other instanceof Lookup l && l.target() == mine);
        }
    }

    /** A key for one lookup: the object strongly, compared by identity. */
    private record Lookup(Object target) {
        @Override
        public int hashCode() {
            return System.identityHashCode(target);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Lookup l && l.target == target || other instanceof Key k && k.get() == target;
        }
    }
}
