package dev.jpwsh.engine.types.dotnet;

import dev.jpwsh.engine.exec.RuntimeFailures;
import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;

/**
 * System.Collections.Queue and Queue[T]: first in, first out. Every method is synchronized, so
 * {@code [Queue]::Synchronized($q)} returns the queue itself.
 */
public final class Queue extends AbstractCollection<Object> {
    private final ArrayDeque<Object> items = new ArrayDeque<>();

    public static Queue Synchronized(Queue queue) {
        return queue;
    }

    public synchronized void Enqueue(Object item) {
        items.addLast(item == null ? NullItem.INSTANCE : item);
    }

    public synchronized Object Dequeue() {
        if (items.isEmpty()) {
            throw RuntimeFailures.create("InvalidOperationException", "NotSpecified", "Queue empty.", null);
        }
        return NullItem.unwrap(items.removeFirst());
    }

    public synchronized Object Peek() {
        if (items.isEmpty()) {
            throw RuntimeFailures.create("InvalidOperationException", "NotSpecified", "Queue empty.", null);
        }
        return NullItem.unwrap(items.peekFirst());
    }

    public synchronized boolean Contains(Object item) {
        return items.contains(item);
    }

    public synchronized void Clear() {
        items.clear();
    }

    public synchronized Object[] ToArray() {
        return items.stream().map(NullItem::unwrap).toArray();
    }

    @Override
    public synchronized Iterator<Object> iterator() {
        return List.of(ToArray()).iterator();
    }

    @Override
    public synchronized int size() {
        return items.size();
    }

    @Override
    public String toString() {
        return "System.Collections.Queue";
    }
}
