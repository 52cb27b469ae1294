package dev.jpwsh.conformance.fuzz;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The output list a fuzz input writes to: keeps the first items and drops the rest, so that an input writing
 * without end cannot fill the heap before its time limit. Written by the input's pipeline thread, read after it
 * ended or was abandoned; every access holds the instance's lock.
 */
final class BoundedOutput extends AbstractList<Object> {
    private final List<Object> kept = new ArrayList<>();
    private final int limit;

    BoundedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized boolean add(Object item) {
        if (kept.size() < limit) {
            kept.add(item);
        }
        return true;
    }

    @Override
    public synchronized Object get(int index) {
        return kept.get(index);
    }

    @Override
    public synchronized int size() {
        return kept.size();
    }

    synchronized List<Object> items() {
        return List.copyOf(kept.stream().map(item -> item == null ? "" : item).toList());
    }
}
