package dev.jpwsh.engine.types.dotnet;

import dev.jpwsh.engine.exec.RuntimeFailures;
import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;

/** System.Collections.Stack and Stack[T]: last in, first out; synchronized like {@link Queue}. */
public final class Stack extends AbstractCollection<Object> {
    private final ArrayDeque<Object> items = new ArrayDeque<>();

    public static Stack Synchronized(Stack stack) {
        return stack;
    }

    public synchronized void Push(Object item) {
        items.addFirst(item == null ? NullItem.INSTANCE : item);
    }

    public synchronized Object Pop() {
        if (items.isEmpty()) {
            throw RuntimeFailures.create("InvalidOperationException", "NotSpecified", "Stack empty.", null);
        }
        return NullItem.unwrap(items.removeFirst());
    }

    public synchronized Object Peek() {
        if (items.isEmpty()) {
            throw RuntimeFailures.create("InvalidOperationException", "NotSpecified", "Stack empty.", null);
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
        return "System.Collections.Stack";
    }
}
