package dev.jpwsh.dotnet.collections;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.EqualityComparer;
import dev.jpwsh.runtime.object.Enumeration;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * System.Collections.Generic.HashSet[T]: {@code Add} tells whether the item was new, items convert to T, and a
 * comparer given to the constructor (a {@link StringComparer} or a script's IEqualityComparer) decides which items
 * are the same. Items keep their insertion order. Every method holds the set's lock.
 */
@DotNetName("System.Collections.Generic.HashSet`1")
public final class HashSet extends AbstractSet<Object> implements GenericInstance {
    /** The items by the key the comparer compares them with. */
    private final Map<Object, Object> items = new LinkedHashMap<>();
    private final EqualityComparer comparer;
    private ElementType elementType = ElementType.ANY;

    public HashSet() {
        this.comparer = StringComparer.getOrdinal();
    }

    public HashSet(EqualityComparer comparer) {
        this.comparer = comparer == null ? StringComparer.getOrdinal() : comparer;
    }

    public HashSet(Object items) {
        this();
        UnionWith(items);
    }

    public HashSet(Object items, EqualityComparer comparer) {
        this(comparer);
        UnionWith(items);
    }

    @Override
    public synchronized List<?> typeArguments() {
        return elementType.asArguments();
    }

    @Override
    public synchronized void bindTypeArguments(List<?> arguments) {
        ElementType type = ElementType.first(arguments);
        List<Object> current = new ArrayList<>(items.values());
        items.clear();
        current.forEach(item -> items.putIfAbsent(StringComparer.keyOf(comparer, type.convert(item, "Add")), item));
        elementType = type;
    }

    public synchronized boolean Add(Object item) {
        Object converted = elementType.convert(item, "Add");
        Object key = StringComparer.keyOf(comparer, converted);
        if (items.containsKey(key)) {
            return false;
        }
        items.put(key, converted);
        return true;
    }

    public synchronized boolean Remove(Object item) {
        Object key = StringComparer.keyOf(comparer, elementType.convert(item, "Remove"));
        boolean present = items.containsKey(key);
        items.remove(key);
        return present;
    }

    public synchronized boolean Contains(Object item) {
        return items.containsKey(StringComparer.keyOf(comparer, elementType.convert(item, "Contains")));
    }

    public synchronized void Clear() {
        items.clear();
    }

    public EqualityComparer getComparer() {
        return comparer;
    }

    /** Adds every item of a collection. */
    public synchronized void UnionWith(Object other) {
        for (Object item : Enumeration.toList(other)) {
            Add(item);
        }
    }

    /** Keeps only the items the other collection also holds. */
    public synchronized void IntersectWith(Object other) {
        HashSet keep = new HashSet(other, comparer);
        items.values().removeIf(item -> !keep.Contains(item));
    }

    /** Removes the items the other collection holds. */
    public synchronized void ExceptWith(Object other) {
        for (Object item : Enumeration.toList(other)) {
            Remove(item);
        }
    }

    public synchronized boolean IsSubsetOf(Object other) {
        HashSet all = new HashSet(other, comparer);
        return items.values().stream().allMatch(all::Contains);
    }

    public synchronized boolean IsSupersetOf(Object other) {
        return Enumeration.toList(other).stream().allMatch(this::Contains);
    }

    public synchronized boolean Overlaps(Object other) {
        return Enumeration.toList(other).stream().anyMatch(this::Contains);
    }

    public synchronized boolean SetEquals(Object other) {
        return IsSupersetOf(other) && IsSubsetOf(other);
    }

    @Override
    public synchronized Iterator<Object> iterator() {
        return new ArrayList<>(items.values()).iterator();
    }

    @Override
    public synchronized int size() {
        return items.size();
    }

    @Override
    public String toString() {
        return "System.Collections.Generic.HashSet`1[" + elementType.name() + "]";
    }
}
