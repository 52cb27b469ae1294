package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.engine.types.StringIndexer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * InitialSessionStateEntryCollection: the entries of one kind, in the order added, indexed by position or by name
 * ({@code $iss.Commands['Get-Date']}: every entry of that name, any case). {@code Add} returns nothing, as in .NET.
 *
 * <p>A collection made from a template (the built-in commands of a default session state) holds the template's
 * shared entries until someone reads an entry or changes the collection; only then does it copy them, so that
 * creating a default session state, and a runspace from it, costs nothing per entry. Thread-safe: pool members
 * read one collection while they open.
 *
 * @param <T> the kind of entry
 */
@DotNetName("System.Management.Automation.Runspaces.InitialSessionStateEntryCollection")
public final class EntryCollection<T extends InitialSessionStateEntry> extends AbstractList<T>
        implements StringIndexer {
    /** The entries; the template itself while {@link #template} is true. Guarded by this. */
    private List<T> entries;
    /** Whether {@link #entries} is still the shared, read-only template. Guarded by this. */
    private boolean template;

    /** An empty collection. */
    public EntryCollection() {
        this(new ArrayList<>(), false);
    }

    private EntryCollection(List<T> entries, boolean template) {
        this.entries = entries;
        this.template = template;
    }

    /** A collection holding {@code shared}'s entries, copied only once someone reads or changes them. */
    static <T extends InitialSessionStateEntry> EntryCollection<T> ofTemplate(List<T> shared) {
        return new EntryCollection<>(shared, true);
    }

    /** Whether this collection still holds exactly the entries of {@code shared}, untouched. */
    synchronized boolean isTemplate(List<T> shared) {
        return template && entries == shared;
    }

    /** The entries as they are now, to read without copying a template; the caller must not change them. */
    synchronized List<T> snapshot() {
        return List.copyOf(entries);
    }

    /**
     * Adds {@code entry} at the end.
     *
     * @param entry the entry; null fails with ArgumentNull (an ArgumentNullException)
     */
    public synchronized void Add(T entry) {
        if (entry == null) {
            throw RunspaceErrors.valueNull("item");
        }
        own().add(entry);
    }

    /**
     * Adds each of {@code items} at the end, in order.
     *
     * @param items the entries; null fails with ArgumentNull (an ArgumentNullException)
     */
    public synchronized void Add(Iterable<? extends T> items) {
        if (items == null) {
            throw RunspaceErrors.valueNull("items");
        }
        items.forEach(own()::add);
    }

    /**
     * Removes every entry of that name (any case) and, unless {@code type} is null, of exactly that entry type.
     *
     * @param name the name, in any case; null fails with ArgumentNull (an ArgumentNullException)
     * @param type the entry class ({@code [SessionStateFunctionEntry]}) or an object of that class; null for entries of
     *     any type
     */
    public synchronized void Remove(String name, Object type) {
        if (name == null) {
            throw RunspaceErrors.valueNull("name");
        }
        Class<?> entryType = type == null ? null : type instanceof Class<?> c ? c : type.getClass();
        own().removeIf(e -> e.getName().equalsIgnoreCase(name) && (entryType == null || e.getClass() == entryType));
    }

    /**
     * Removes the entry at {@code index}.
     *
     * @param index the position, from 0; out of range it throws an IndexOutOfBoundsException
     */
    public synchronized void RemoveItem(int index) {
        own().remove(index);
    }

    /**
     * Removes {@code count} entries from {@code index} on.
     *
     * @param index the position of the first, from 0
     * @param count how many; a range past the end throws an IndexOutOfBoundsException
     */
    public synchronized void RemoveItem(int index, int count) {
        own().subList(index, index + count).clear();
    }

    /** Removes every entry, as {@link #clear()} does. */
    public void Reset() {
        clear();
    }

    /** Removes every entry; a template's are let go without being copied. */
    @Override
    public synchronized void clear() {
        entries = new ArrayList<>();
        template = false;
    }

    /** The entry at {@code index}; a collection still holding a template copies the template's entries first. */
    @Override
    public synchronized T get(int index) {
        return own().get(index);
    }

    /** The number of entries. */
    @Override
    public synchronized int size() {
        return entries.size();
    }

    /** {@code $collection['name']}: the entries of that name, any case; empty when there is none. */
    @Override
    public synchronized List<T> item(String name) {
        return own().stream().filter(e -> e.getName().equalsIgnoreCase(name)).toList();
    }

    /**
     * A collection of copies of the entries; a template stays shared until one of the two is read or changed.
     *
     * @return the new collection
     */
    @SuppressWarnings("unchecked")
    public synchronized EntryCollection<T> Clone() {
        if (template) {
            return new EntryCollection<>(entries, true);
        }
        List<T> copies = new ArrayList<>(entries.size());
        entries.forEach(e -> copies.add((T) e.Clone()));
        return new EntryCollection<>(copies, false);
    }

    /** The entries, first copied from the template if they still are the template's. Called holding the lock. */
    @SuppressWarnings("unchecked")
    private List<T> own() {
        if (template) {
            List<T> copies = new ArrayList<>(entries.size());
            entries.forEach(e -> copies.add((T) e.Clone()));
            entries = copies;
            template = false;
        }
        return entries;
    }
}
