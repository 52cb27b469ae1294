package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Delegate;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.Enumeration;
import java.util.Collection;
import java.util.List;

/**
 * System.Collections.Generic.List[T]: items convert to T when they come in ({@code Add('7')} on a List[int] adds
 * the number 7), {@code Add} returns nothing, and {@code Remove(item)} removes an item, never an index.
 */
@DotNetName("System.Collections.Generic.List`1")
public final class GenericList extends DotNetList implements GenericInstance {
    private volatile ElementType elementType = ElementType.ANY;

    public GenericList() {
    }

    /** {@code [List[T]]::new(capacity)}: empty, with room for that many elements. */
    public GenericList(int capacity) {
        super(capacity);
    }

    public GenericList(Collection<?> items) {
        super(items);
    }

    public GenericList(Object[] items) {
        super(java.util.Arrays.asList(items));
    }

    @Override
    public List<?> typeArguments() {
        return elementType.asArguments();
    }

    @Override
    public synchronized void bindTypeArguments(List<?> arguments) {
        ElementType type = ElementType.first(arguments);
        replaceAll(item -> type.convert(item, "Add"));
        elementType = type;
    }

    public synchronized void Add(Object item) {
        super.add(elementType.convert(item, "Add"));
    }

    /** Adds every item, each converted first, so one that cannot be adds none, and grows the list once. */
    @Override
    public synchronized void AddRange(Object items) {
        List<Object> converted = new java.util.ArrayList<>();
        for (Object item : Enumeration.toList(items)) {
            converted.add(elementType.convert(item, "AddRange"));
        }
        super.addAll(converted);
    }

    @Override
    public synchronized void Insert(int index, Object item) {
        super.add(index, elementType.convert(item, "Insert"));
    }

    @Override
    public synchronized boolean Contains(Object item) {
        return super.contains(elementType.convert(item, "Contains"));
    }

    @Override
    public synchronized int IndexOf(Object item) {
        return super.indexOf(elementType.convert(item, "IndexOf"));
    }

    public synchronized boolean Remove(Object item) {
        return super.remove(elementType.convert(item, "Remove"));
    }

    /** {@code Sort(Comparison[T])}, a script block included: below zero puts the first item first. */
    public synchronized void Sort(Delegate.Comparison comparison) {
        sort(ArgumentExceptions.notNull(comparison, "comparison"));
    }

    /**
     * {@code ForEach(Action[T])}: runs the action on each item in turn. As in pwsh, this method comes before the
     * ForEach every collection has, so a script block given to it runs as an Action: its output is dropped.
     */
    public synchronized void ForEach(Delegate.Action action) {
        new java.util.ArrayList<>(this).forEach(ArgumentExceptions.notNull(action, "action"));
    }

    /** {@code ConvertAll(Converter[T, TOutput])}: a new list of the converted items. */
    public synchronized GenericList ConvertAll(Delegate.Converter converter) {
        return new GenericList(stream().map(ArgumentExceptions.notNull(converter, "converter")).toList());
    }

    /** The first item that matches, or null. */
    public synchronized Object Find(Delegate.Predicate match) {
        return stream().filter(ArgumentExceptions.notNull(match, "match")).findFirst().orElse(null);
    }

    public synchronized int FindIndex(Delegate.Predicate match) {
        ArgumentExceptions.notNull(match, "match");
        for (int i = 0; i < size(); i++) {
            if (match.test(get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The matching items, in a new list of the same element type. */
    public synchronized GenericList FindAll(Delegate.Predicate match) {
        GenericList found = new GenericList(stream().filter(ArgumentExceptions.notNull(match, "match")).toList());
        found.elementType = elementType;
        return found;
    }

    public synchronized boolean Exists(Delegate.Predicate match) {
        return stream().anyMatch(ArgumentExceptions.notNull(match, "match"));
    }

    public synchronized boolean TrueForAll(Delegate.Predicate match) {
        return stream().allMatch(ArgumentExceptions.notNull(match, "match"));
    }

    /** Removes every matching item and tells how many there were. */
    public synchronized int RemoveAll(Delegate.Predicate match) {
        int before = size();
        removeIf(ArgumentExceptions.notNull(match, "match"));
        return before - size();
    }

    /** The items in a new T[]: a List[string]'s ToArray() is a String[]. */
    @Override
    public synchronized Object[] ToArray() {
        return toArray((Object[]) java.lang.reflect.Array.newInstance(elementType.type(), 0));
    }

    @Override
    public String toString() {
        return "System.Collections.Generic.List`1[" + elementType.name() + "]";
    }
}
