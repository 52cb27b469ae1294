package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayDeque;

/** System.Collections.Queue and Queue[T]: first in, first out. */
@DotNetName("System.Collections.Queue")
public final class Queue extends DotNetDeque {
    public Queue() {
        super(new ArrayDeque<>(), false);
    }

    /** {@code Queue(int capacity)}: an empty queue. */
    public Queue(int capacity) {
        super(new ArrayDeque<>(ArgumentExceptions.notNegative(capacity, "capacity")), false);
    }

    /** {@code Queue(ICollection col)}: the collection's items in order, its first item first out. */
    public Queue(Object col) {
        super(itemsOf(col, false), false);
    }

    private Queue(Queue shared) {
        super(shared.items, true);
    }

    public static Queue Synchronized(Queue queue) {
        return new Queue(queue);
    }

    public void Enqueue(Object item) {
        synchronized (items) {
            items.addLast(item == null ? NullItem.INSTANCE : item);
        }
    }

    public Object Dequeue() {
        return takeFirst("Queue empty.");
    }

    public Object Peek() {
        return peekFirst("Queue empty.");
    }

    @Override
    public String toString() {
        return "System.Collections.Queue";
    }
}
