package dev.jpwsh.engine.types.dotnet;

import java.util.LinkedHashSet;

/** System.Collections.Generic.HashSet[T]: {@code Add} tells whether the item was new. */
public final class HashSet extends LinkedHashSet<Object> {
    public synchronized boolean Add(Object item) {
        return super.add(item);
    }

    public synchronized boolean Remove(Object item) {
        return super.remove(item);
    }

    public synchronized boolean Contains(Object item) {
        return super.contains(item);
    }

    public synchronized void Clear() {
        super.clear();
    }

    @Override
    public String toString() {
        return "System.Collections.Generic.HashSet`1[System.Object]";
    }
}
