package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * System.Collections.Generic's sorted collections: SortedDictionary[K,V], SortedList[K,V] and SortedSet[T], kept in
 * the order of the IComparer given to the constructor (a {@link StringComparer} such as
 * {@code [StringComparer]::OrdinalIgnoreCase}), else PowerShell's comparison (case-insensitive for text). The map
 * members (Add, ContainsKey, Remove, Keys, Values, Count, the indexer) come from the hashtable companion.
 */
public final class Sorted {
    /**
     * The order without a comparer, as .NET's invariant culture sorts: PowerShell's {@code -lt}, which ignores case,
     * then lower case before upper case for text that differs only in case.
     */
    private static final Comparator<Object> DEFAULT_ORDER = (a, b) -> {
        if (!Comparison.equal(a, b, false)) {
            return Comparison.test(Comparison.Kind.LT, a, b, false) ? -1 : 1;
        }
        return a instanceof String x && b instanceof String y ? -Integer.signum(x.compareTo(y)) : 0;
    };

    private Sorted() {
    }

    private static Comparator<Object> orDefault(Comparator<Object> comparer) {
        return comparer == null ? DEFAULT_ORDER : comparer;
    }

    /** A map sorted by key that refuses null keys, as .NET's sorted dictionaries do. */
    abstract static class SortedMap extends TreeMap<Object, Object> {
        SortedMap(Comparator<Object> comparer) {
            super(orDefault(comparer));
        }

        @Override
        public Object put(Object key, Object value) {
            return super.put(ArgumentExceptions.notNull(key, "key"), value);
        }

        public boolean TryGetValue(Object key, Ref found) {
            boolean has = key != null && containsKey(key);
            found.setValue(has ? get(key) : null);
            return has;
        }

        @SuppressWarnings("unchecked")
        public Comparator<Object> getComparer() {
            return (Comparator<Object>) comparator();
        }
    }

    /** System.Collections.Generic.SortedDictionary[K,V]. */
    @DotNetName("System.Collections.Generic.SortedDictionary`2")
    public static final class SortedDictionary extends SortedMap {
        public SortedDictionary() {
            super(null);
        }

        public SortedDictionary(StringComparer comparer) {
            super(comparer);
        }

        public SortedDictionary(Map<?, ?> entries) {
            this(entries, null);
        }

        public SortedDictionary(Map<?, ?> entries, StringComparer comparer) {
            super(comparer);
            ArgumentExceptions.notNull(entries, "dictionary").forEach((k, v) -> MapMembers.Add(this, k, v));
        }

        @Override
        public String toString() {
            return "System.Collections.Generic.SortedDictionary`2[System.Object,System.Object]";
        }
    }

    /** System.Collections.Generic.SortedList[K,V]: a sorted dictionary whose keys and values are also indexed. */
    @DotNetName("System.Collections.Generic.SortedList`2")
    public static final class SortedList extends SortedMap {
        public SortedList() {
            super(null);
        }

        public SortedList(int capacity) {
            super(null);
            ArgumentExceptions.notNegative(capacity, "capacity");
        }

        public SortedList(StringComparer comparer) {
            super(comparer);
        }

        public SortedList(int capacity, StringComparer comparer) {
            this(comparer);
            ArgumentExceptions.notNegative(capacity, "capacity");
        }

        public SortedList(Map<?, ?> entries) {
            this(entries, null);
        }

        public SortedList(Map<?, ?> entries, StringComparer comparer) {
            super(comparer);
            ArgumentExceptions.notNull(entries, "dictionary").forEach((k, v) -> MapMembers.Add(this, k, v));
        }

        public int IndexOfKey(Object key) {
            return key != null && containsKey(key) ? headMap(key).size() : -1;
        }

        public int IndexOfValue(Object value) {
            int index = 0;
            for (Object v : values()) {
                if (java.util.Objects.equals(v, value)) {
                    return index;
                }
                index++;
            }
            return -1;
        }

        public void RemoveAt(int index) {
            if (index < 0 || index >= size()) {
                throw new ArgumentExceptions.ArgumentOutOfRangeException("index",
                        "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            remove(keySet().stream().skip(index).findFirst().orElseThrow());
        }

        @Override
        public String toString() {
            return "System.Collections.Generic.SortedList`2[System.Object,System.Object]";
        }
    }

    /** System.Collections.Generic.SortedSet[T]: distinct items in order, Add telling whether an item was new. */
    @DotNetName("System.Collections.Generic.SortedSet`1")
    public static final class SortedSet extends TreeSet<Object> {
        public SortedSet() {
            super(DEFAULT_ORDER);
        }

        public SortedSet(StringComparer comparer) {
            super(orDefault(comparer));
        }

        public SortedSet(Object items) {
            this();
            UnionWith(ArgumentExceptions.notNull(items, "collection"));
        }

        public SortedSet(Object items, StringComparer comparer) {
            this(comparer);
            UnionWith(ArgumentExceptions.notNull(items, "collection"));
        }

        public boolean Add(Object item) {
            return add(item);
        }

        public boolean Remove(Object item) {
            return remove(item);
        }

        public boolean Contains(Object item) {
            return contains(item);
        }

        public void Clear() {
            clear();
        }

        public Object getMin() {
            return isEmpty() ? null : first();
        }

        public Object getMax() {
            return isEmpty() ? null : last();
        }

        public int getCount() {
            return size();
        }

        @SuppressWarnings("unchecked")
        public Comparator<Object> getComparer() {
            return (Comparator<Object>) comparator();
        }

        public void UnionWith(Object other) {
            addAll(Enumeration.toList(other));
        }

        public void IntersectWith(Object other) {
            retainAll(Enumeration.toList(other));
        }

        public void ExceptWith(Object other) {
            Enumeration.toList(other).forEach(this::remove);
        }

        public Object[] Reverse() {
            return descendingSet().toArray();
        }

        @Override
        public String toString() {
            return "System.Collections.Generic.SortedSet`1[System.Object]";
        }
    }
}
