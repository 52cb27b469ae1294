package dev.jpwsh.dotnet.collections;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.Collection;
import java.util.Comparator;

/**
 * The members System.Collections.ArrayList and List[T] share. Every method is synchronized, so the
 * {@code Synchronized} wrappers of .NET can return the list itself.
 */
public abstract class DotNetList extends java.util.ArrayList<Object> {
    protected DotNetList() {
    }

    protected DotNetList(Collection<?> items) {
        super(items);
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
