package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.Collection;
import java.util.Comparator;

/**
 * The members System.Collections.ArrayList and List[T] share. Every method is synchronized, so the
 * {@code Synchronized} wrappers of .NET can return the list itself.
 */
public abstract class DotNetList extends java.util.ArrayList<Object> {
    /**
     * .NET's Capacity: how many elements the list holds before it grows, which it does as .NET's lists do (to 4, then
     * to twice as many, or to what an addition needs if that is more). Guarded by this.
     */
    private int capacity;

    protected DotNetList() {
    }

    /** An empty list with room for {@code capacity} elements; ArgumentOutOfRangeException when it is negative. */
    protected DotNetList(int capacity) {
        super(ArgumentExceptions.notNegative(capacity, "capacity"));
        this.capacity = capacity;
    }

    protected DotNetList(Collection<?> items) {
        super(items);
        capacity = size();
    }

    @Override
    public synchronized boolean add(Object item) {
        grow(1);
        return super.add(item);
    }

    @Override
    public synchronized void add(int index, Object item) {
        grow(1);
        super.add(index, item);
    }

    @Override
    public synchronized boolean addAll(Collection<?> items) {
        grow(items.size());
        return super.addAll(items);
    }

    @Override
    public synchronized boolean addAll(int index, Collection<?> items) {
        grow(items.size());
        return super.addAll(index, items);
    }

    private void grow(int added) {
        int needed = size() + added;
        if (needed > capacity) {
            capacity = Math.max(capacity == 0 ? 4 : 2 * capacity, needed);
        }
    }

    public synchronized int getCapacity() {
        return capacity;
    }

    /** Sets the capacity; ArgumentOutOfRangeException below the number of elements, as in .NET. */
    public synchronized void setCapacity(int value) {
        if (value < size()) {
            throw new ArgumentExceptions.ArgumentOutOfRangeException("value",
                    "capacity was less than the current size.");
        }
        capacity = value;
    }

    /** Sets the capacity to the number of elements when that is under 90% of it, as .NET's TrimExcess does. */
    public synchronized void TrimExcess() {
        if (size() < (int) (capacity * 0.9)) {
            capacity = size();
        }
    }

    public synchronized void AddRange(Object items) {
        super.addAll(Enumeration.toList(items));
    }

    public synchronized void Insert(int index, Object item) {
        super.add(index, item);
    }

    public synchronized void RemoveAt(int index) {
        super.remove(index);
    }

    public synchronized boolean Contains(Object item) {
        return super.contains(item);
    }

    public synchronized int IndexOf(Object item) {
        return super.indexOf(item);
    }

    public synchronized void Clear() {
        super.clear();
    }

    public synchronized Object[] ToArray() {
        return super.toArray();
    }

    public synchronized void Reverse() {
        java.util.Collections.reverse(this);
    }

    public synchronized void Sort() {
        sort((a, b) -> Comparison.equal(a, b, false) ? 0
                : Comparison.test(Comparison.Kind.LT, a, b, false) ? -1 : 1);
    }

    /** {@code Sort(IComparer[T])}, such as a StringComparer. */
    public synchronized void Sort(Comparator<Object> comparer) {
        sort(comparer);
    }
}
