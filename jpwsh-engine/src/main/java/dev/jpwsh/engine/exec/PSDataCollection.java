package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * A thread-safe buffer that one side fills and another reads while it fills: the output and input of an
 * asynchronous invocation, and each of its streams. It stays open until {@link #complete()}; a reader that
 * wants every item uses {@link #blockingIterator()}, which waits for more until the collection completes.
 * {@code items} and {@code open} are guarded by this; DataAdded listeners run on the adding thread, outside it.
 *
 * @param <T> the type of the items
 */
@DotNetName("System.Management.Automation.PSDataCollection`1")
public final class PSDataCollection<T> extends AbstractList<T>
        implements dev.jpwsh.dotnet.collections.GenericInstance {
    private final List<T> items = new ArrayList<>();
    /** The item type GetType() shows: PSObject, as for the collections pwsh makes, unless named otherwise. */
    private volatile Object itemType = dev.jpwsh.runtime.object.PSObject.class;
    private final List<ObjIntConsumer<T>> dataAdded = new CopyOnWriteArrayList<>();
    private boolean open = true;

    /** An empty, open collection. */
    public PSDataCollection() {
    }

    /** Made as {@code [PSDataCollection[string]]::new()}: the item type named. */
    @Override
    public void bindTypeArguments(List<?> arguments) {
        itemType = arguments.isEmpty() ? itemType : arguments.getFirst();
    }

    @Override
    public List<?> typeArguments() {
        return List.of(itemType);
    }

    /**
     * Adds {@code item} at the end and wakes blocked readers; then the DataAdded listeners get it, on this thread. An
     * item is added even after {@link #complete()}.
     *
     * @param item the item; null is kept as an item
     */
    public void Add(T item) {
        int index;
        synchronized (this) {
            items.add(item);
            index = items.size() - 1;
            notifyAll();
        }
        for (ObjIntConsumer<T> listener : dataAdded) {
            listener.accept(item, index);
        }
    }

    /** As {@link #Add}; always true. */
    @Override
    public boolean add(T item) {
        Add(item);
        return true;
    }

    /** No more items will come: blocked readers finish. */
    public synchronized void complete() {
        open = false;
        notifyAll();
    }

    /** {@return {@code IsOpen}: true until {@link #complete()}} */
    public synchronized boolean getIsOpen() {
        return open;
    }

    /** The item at {@code index}, from 0. */
    @Override
    public synchronized T get(int index) {
        return items.get(index);
    }

    /** The number of items now. */
    @Override
    public synchronized int size() {
        return items.size();
    }

    /** Removes every item; the collection stays open and blocked readers go on waiting. */
    @Override
    public synchronized void clear() {
        items.clear();
    }

    /**
     * Takes every item out.
     *
     * @return the items, oldest first; the collection is empty afterwards, and still open
     */
    public synchronized List<T> readAll() {
        List<T> all = new ArrayList<>(items);
        items.clear();
        return all;
    }

    /** A snapshot, so that enumerating never races a writer. */
    @Override
    public Iterator<T> iterator() {
        synchronized (this) {
            return new ArrayList<>(items).iterator();
        }
    }

    /**
     * DataAdded: {@code listener} gets each item added from now on, on the adding thread. It cannot be removed.
     *
     * @param listener the listener; an exception it throws reaches the adding thread
     */
    public void addDataAddedListener(Consumer<T> listener) {
        dataAdded.add((item, index) -> listener.accept(item));
    }

    /**
     * DataAdded with the index the item got, as the .NET event's DataAddedEventArgs.Index gives it.
     *
     * @param listener gets each new item and its index, on the adding thread; an exception it throws reaches that
     *     thread
     */
    public void addIndexedDataAddedListener(ObjIntConsumer<T> listener) {
        dataAdded.add(listener);
    }

    /**
     * Removes a listener added with {@link #addIndexedDataAddedListener}; nothing happens when it is not there.
     *
     * @param listener the object that was added
     */
    public void removeIndexedDataAddedListener(ObjIntConsumer<T> listener) {
        dataAdded.remove(listener);
    }

    /**
     * Every item, waiting for more while the collection is open.
     *
     * @return an iterator whose {@code hasNext} blocks until an item comes or the collection completes; an interrupt
     *     makes it return false, with the thread's interrupt flag set again
     */
    public Iterator<T> blockingIterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                synchronized (PSDataCollection.this) {
                    while (next >= items.size() && open) {
                        try {
                            PSDataCollection.this.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        }
                    }
                    return next < items.size();
                }
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                synchronized (PSDataCollection.this) {
                    return items.get(next++);
                }
            }
        };
    }

    /** {@return the .NET type name, as PowerShell shows the object} */
    @Override
    public String toString() {
        return "System.Management.Automation.PSDataCollection`1[System.Management.Automation.PSObject]";
    }
}
