package dev.jpwsh.engine.runspaces;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * InitialSessionStateEntryCollection: the entries of one kind, in the order added. {@code Add} returns nothing,
 * as in .NET. Not thread-safe, like the session state that owns it.
 */
public final class EntryCollection<T> extends AbstractList<T> {
    private final List<T> entries = new ArrayList<>();

    public void Add(T entry) {
        entries.add(entry);
    }

    @Override
    public T get(int index) {
        return entries.get(index);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public void clear() {
        entries.clear();
    }

    EntryCollection<T> copy() {
        EntryCollection<T> copy = new EntryCollection<>();
        copy.entries.addAll(entries);
        return copy;
    }
}
