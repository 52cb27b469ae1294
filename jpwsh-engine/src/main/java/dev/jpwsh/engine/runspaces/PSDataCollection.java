package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.types.DotNetName;
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
 */
@DotNetName("System.Management.Automation.PSDataCollection`1")
public final class PSDataCollection<T> extends AbstractList<T> {
    private final List<T> items = new ArrayList<>();
    private final List<ObjIntConsumer<T>> dataAdded = new CopyOnWriteArrayList<>();
    private boolean open = true;

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

    public synchronized boolean getIsOpen() {
        return open;
    }

    @Override
    public synchronized T get(int index) {
        return items.get(index);
    }

    @Override
    public synchronized int size() {
        return items.size();
    }

    @Override
    public synchronized void clear() {
        items.clear();
    }

    /** Takes every item out. */
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

    public void addDataAddedListener(Consumer<T> listener) {
        dataAdded.add((item, index) -> listener.accept(item));
    }

    /** DataAdded with the index the item got, as the .NET event's DataAddedEventArgs.Index gives it. */
    public void addIndexedDataAddedListener(ObjIntConsumer<T> listener) {
        dataAdded.add(listener);
    }

    public void removeIndexedDataAddedListener(ObjIntConsumer<T> listener) {
        dataAdded.remove(listener);
    }

    /** Every item, waiting for more while the collection is open. */
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

    @Override
    public String toString() {
        return "System.Management.Automation.PSDataCollection`1[System.Management.Automation.PSObject]";
    }
}
