package dev.jpwsh.engine.types;

/**
 * One member-access node's memory of the Java getter its last read called, so that reading the same property of
 * the same kind of object again finds no getter by name. The getter {@link Members} chooses depends only on the
 * receiver's class, the name and whether the language mode reads through getters only, so those are the key; only
 * reads that end in a Java getter of an instance are remembered, never the engine's own members (a hashtable's
 * keys, a custom object's properties, member enumeration). Shared by every runspace and thread as
 * {@link MethodCallSite} is: an immutable entry replaced whole, holding classes and methods only.
 */
public final class PropertyReadSite {
    private Entry last;

    private record Entry(Class<?> receiver, String name, boolean gettersOnly, ResolvedMethod getter) {
    }

    /** The getter the last read called, when it had the same key; else null. */
    ResolvedMethod lookup(Class<?> receiver, String name, boolean gettersOnly) {
        Entry entry = last;
        return entry != null && entry.receiver() == receiver && entry.gettersOnly() == gettersOnly
                && entry.name().equals(name) ? entry.getter() : null;
    }

    /** Remembers the getter a read with this key called, in place of the last one. */
    void remember(Class<?> receiver, String name, boolean gettersOnly, ResolvedMethod getter) {
        last = new Entry(receiver, name, gettersOnly, getter);
    }
}
