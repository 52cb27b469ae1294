package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayDeque;

/** System.Collections.Stack and Stack[T]: last in, first out. */
@DotNetName("System.Collections.Stack")
public final class Stack extends DotNetDeque {
    public Stack() {
        super(new ArrayDeque<>(), false);
    }

    /** {@code Stack(int initialCapacity)}: an empty stack. */
    public Stack(int initialCapacity) {
        super(new ArrayDeque<>(ArgumentExceptions.notNegative(initialCapacity, "initialCapacity")), false);
    }

    /** {@code Stack(ICollection col)}: the collection's items pushed in order, so its last item is on top. */
    public Stack(Object col) {
        super(itemsOf(col, true), false);
    }

    private Stack(Stack shared) {
        super(shared.items, true);
    }

    public static Stack Synchronized(Stack stack) {
        return new Stack(stack);
    }

    public void Push(Object item) {
        synchronized (items) {
            items.addFirst(item == null ? NullItem.INSTANCE : item);
        }
    }

    public Object Pop() {
        return takeFirst("Stack empty.");
    }

    public Object Peek() {
        return peekFirst("Stack empty.");
    }

    @Override
    public String toString() {
        return "System.Collections.Stack";
    }
}
