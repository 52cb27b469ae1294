package dev.jpwsh.engine.types.dotnet;

import java.util.Collection;

/** System.Collections.Generic.List[T]: {@code Add} returns nothing. Type arguments are not enforced. */
public final class GenericList extends DotNetList {
    public GenericList() {
    }

    public GenericList(Collection<?> items) {
        super(items);
    }

    public GenericList(Object[] items) {
        super(java.util.Arrays.asList(items));
    }

    public synchronized void Add(Object item) {
        super.add(item);
    }

    public synchronized boolean Remove(Object item) {
        return super.remove(item);
    }

    @Override
    public String toString() {
        return "System.Collections.Generic.List`1[System.Object]";
    }
}
