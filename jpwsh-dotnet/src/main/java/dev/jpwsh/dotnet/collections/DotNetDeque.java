package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.runtime.object.Enumeration;
import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;

/**
 * What System.Collections.Queue and Stack share: items under one lock (every instance is thread-safe), and
 * {@code Synchronized} views over the same items that report {@code IsSynchronized}. Null items are allowed.
 */
abstract class DotNetDeque extends AbstractCollection<Object> {
    /** The items, also the lock every operation holds. */
    final ArrayDeque<Object> items;
    private final boolean synchronizedView;

    DotNetDeque(ArrayDeque<Object> items, boolean synchronizedView) {
        this.items = items;
        this.synchronizedView = synchronizedView;
    }

    /**
     * The items of {@code collection}, null items kept, in the order it enumerates them or ({@code stacked}) the
     * reverse, as pushing them one by one leaves them; a null collection is .NET's error.
     */
    static ArrayDeque<Object> itemsOf(Object collection, boolean stacked) {
        ArrayDeque<Object> items = new ArrayDeque<>();
        for (Object item : Enumeration.toList(ArgumentExceptions.notNull(collection, "col"))) {
            Object kept = item == null ? NullItem.INSTANCE : item;
            if (stacked) {
                items.addFirst(kept);
            } else {
                items.addLast(kept);
            }
        }
        return items;
    }

    public boolean getIsSynchronized() {
        return synchronizedView;
    }

    /** Removes the first item; an empty collection is .NET's InvalidOperationException. */
    final Object takeFirst(String emptyMessage) {
        synchronized (items) {
            if (items.isEmpty()) {
                throw new IllegalStateException(emptyMessage);
            }
            return NullItem.unwrap(items.removeFirst());
        }
    }

    final Object peekFirst(String emptyMessage) {
        synchronized (items) {
            if (items.isEmpty()) {
                throw new IllegalStateException(emptyMessage);
            }
            return NullItem.unwrap(items.peekFirst());
        }
    }

    public boolean Contains(Object item) {
        synchronized (items) {
            return items.contains(item == null ? NullItem.INSTANCE : item);
        }
    }

    public void Clear() {
        synchronized (items) {
            items.clear();
        }
    }

    public Object[] ToArray() {
        synchronized (items) {
            return items.stream().map(NullItem::unwrap).toArray();
        }
    }

    @Override
    public Iterator<Object> iterator() {
        return List.of(ToArray()).iterator();
    }

    @Override
    public int size() {
        synchronized (items) {
            return items.size();
        }
    }
}
