package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Delegate;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.EqualityComparer;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** System.Collections.Concurrent: ConcurrentDictionary, ConcurrentQueue, ConcurrentBag, BlockingCollection. */
public final class Concurrent {
    private Concurrent() {
    }

    /** ConcurrentDictionary[K,V]; .NET's Try* methods report through {@code [ref]} arguments. */
    @DotNetName("System.Collections.Concurrent.ConcurrentDictionary`2")
    public static final class ConcurrentDictionary extends ConcurrentHashMap<Object, Object> {
        private final EqualityComparer comparer;
        /** With a comparer: each key as the comparer sees it, to the key as first stored. */
        private final Map<Object, Object> storedKeys;

        public ConcurrentDictionary() {
            this((EqualityComparer) null);
        }

        public ConcurrentDictionary(EqualityComparer comparer) {
            this.comparer = comparer;
            this.storedKeys = comparer == null ? null : new ConcurrentHashMap<>();
        }

        public ConcurrentDictionary(int concurrencyLevel, int capacity) {
            this(concurrencyLevel, capacity, null);
        }

        public ConcurrentDictionary(int concurrencyLevel, int capacity, EqualityComparer comparer) {
            this(comparer);
            if (concurrencyLevel < 1) {
                throw new ArgumentExceptions.ArgumentOutOfRangeException("concurrencyLevel",
                        "The concurrencyLevel argument must be positive.");
            }
            ArgumentExceptions.notNegative(capacity, "capacity");
        }

        public ConcurrentDictionary(Map<?, ?> entries) {
            this(entries, null);
        }

        public ConcurrentDictionary(Map<?, ?> entries, EqualityComparer comparer) {
            this(comparer);
            ArgumentExceptions.notNull(entries, "collection").forEach((k, v) -> {
                if (!TryAdd(k, v)) {
                    throw new IllegalArgumentException("The source argument contains duplicate keys. "
                            + "(Parameter 'collection')");
                }
            });
        }

        public EqualityComparer getComparer() {
            return comparer == null ? StringComparer.getOrdinal() : comparer;
        }

        /** The key as stored for one the caller reads with: itself unless the comparer equates it with one. */
        private Object known(Object key) {
            return storedKeys == null || key == null ? key : storedKeys.getOrDefault(StringComparer.keyOf(comparer, key), key);
        }

        /** The key to store {@code key} under: the spelling first stored for it. */
        private Object storing(Object key) {
            return storedKeys == null || key == null ? key : storedKeys.computeIfAbsent(StringComparer.keyOf(comparer, key), k -> key);
        }

        @Override
        public Object get(Object key) {
            return super.get(known(key));
        }

        @Override
        public boolean containsKey(Object key) {
            return super.containsKey(known(key));
        }

        @Override
        public Object put(Object key, Object value) {
            return super.put(storing(key), value);
        }

        @Override
        public Object putIfAbsent(Object key, Object value) {
            return super.putIfAbsent(storing(key), value);
        }

        @Override
        public Object remove(Object key) {
            return super.remove(known(key));
        }

        @Override
        public boolean replace(Object key, Object oldValue, Object newValue) {
            return super.replace(known(key), oldValue, newValue);
        }

        @Override
        public Object computeIfAbsent(Object key, java.util.function.Function<? super Object, ?> make) {
            return super.computeIfAbsent(storing(key), make);
        }

        @Override
        public Object compute(Object key, java.util.function.BiFunction<? super Object, ? super Object, ?> make) {
            return super.compute(storing(key), make);
        }

        public boolean TryAdd(Object key, Object value) {
            return putIfAbsent(key, value) == null;
        }

        public boolean TryRemove(Object key, Ref removed) {
            Object value = remove(key);
            removed.setValue(value);
            return value != null;
        }

        public boolean TryGetValue(Object key, Ref found) {
            Object value = get(key);
            found.setValue(value);
            return value != null;
        }

        public boolean TryUpdate(Object key, Object newValue, Object comparison) {
            return replace(key, comparison, newValue);
        }

        public Object GetOrAdd(Object key, Object value) {
            Object existing = putIfAbsent(key, value);
            return existing == null ? value : existing;
        }

        /** The factory makes the value when the key is missing; it may run more than once, as in .NET. */
        public Object GetOrAdd(Object key, Delegate.Func valueFactory) {
            return computeIfAbsent(key, valueFactory::Invoke);
        }

        /** Adds {@code addValue}, or replaces the value with what the factory makes of (key, old value). */
        public Object AddOrUpdate(Object key, Object addValue, Delegate.Func updateValueFactory) {
            return compute(key, (k, old) -> old == null ? addValue : updateValueFactory.Invoke(k, old));
        }

        public Object AddOrUpdate(Object key, Delegate.Func addValueFactory,
                Delegate.Func updateValueFactory) {
            return compute(key, (k, old) -> old == null ? addValueFactory.Invoke(k)
                    : updateValueFactory.Invoke(k, old));
        }

        public boolean ContainsKey(Object key) {
            return containsKey(key);
        }

        public boolean getIsEmpty() {
            return isEmpty();
        }
    }

    /** What the lock-free collections share: their items, enumeration of a snapshot, Count and IsEmpty. */
    abstract static class LockFreeItems extends AbstractCollection<Object> {
        final ConcurrentLinkedQueue<Object> items = new ConcurrentLinkedQueue<>();

        /** Takes the first item into {@code result}; false when there is none. */
        final boolean poll(Ref result) {
            Object item = items.poll();
            result.setValue(NullItem.unwrap(item));
            return item != null;
        }

        public boolean getIsEmpty() {
            return items.isEmpty();
        }

        public Object[] ToArray() {
            return items.stream().map(NullItem::unwrap).toArray();
        }

        @Override
        public Iterator<Object> iterator() {
            return List.of(ToArray()).iterator();
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    /** ConcurrentQueue[T]. */
    @DotNetName("System.Collections.Concurrent.ConcurrentQueue`1")
    public static final class ConcurrentQueue extends LockFreeItems {
        public void Enqueue(Object item) {
            items.add(item == null ? NullItem.INSTANCE : item);
        }

        public boolean TryDequeue(Ref result) {
            return poll(result);
        }

        public boolean TryPeek(Ref result) {
            Object item = items.peek();
            result.setValue(NullItem.unwrap(item));
            return item != null;
        }

    }

    /** ConcurrentBag[T]: an unordered collection. */
    @DotNetName("System.Collections.Concurrent.ConcurrentBag`1")
    public static final class ConcurrentBag extends LockFreeItems {
        public void Add(Object item) {
            items.add(item == null ? NullItem.INSTANCE : item);
        }

        public boolean TryTake(Ref result) {
            return poll(result);
        }
    }

    /**
     * BlockingCollection[T]: Take waits for an item (a virtual thread waiting costs no OS thread); after
     * CompleteAdding, takers see the collection end.
     */
    @DotNetName("System.Collections.Concurrent.BlockingCollection`1")
    public static final class BlockingCollection extends AbstractCollection<Object> {
        private final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();
        private volatile boolean addingCompleted;

        public void Add(Object item) {
            if (addingCompleted) {
                throw new IllegalStateException("The collection has been marked as complete with regards to "
                        + "additions.");
            }
            items.add(item == null ? NullItem.INSTANCE : item);
        }

        public boolean TryAdd(Object item) {
            Add(item);
            return true;
        }

        public Object Take() throws InterruptedException {
            while (true) {
                Object item = items.poll(50, TimeUnit.MILLISECONDS);
                if (item != null) {
                    return NullItem.unwrap(item);
                }
                if (addingCompleted && items.isEmpty()) {
                    throw new IllegalStateException("The collection argument is empty and has been marked as "
                            + "complete with regards to additions.");
                }
            }
        }

        public boolean TryTake(Ref result) {
            Object item = items.poll();
            result.setValue(NullItem.unwrap(item));
            return item != null;
        }

        public boolean TryTake(Ref result, int timeoutMilliseconds) throws InterruptedException {
            Object item = items.poll(Math.max(timeoutMilliseconds, 0), TimeUnit.MILLISECONDS);
            result.setValue(NullItem.unwrap(item));
            return item != null;
        }

        public void CompleteAdding() {
            addingCompleted = true;
        }

        public boolean getIsAddingCompleted() {
            return addingCompleted;
        }

        public boolean getIsCompleted() {
            return addingCompleted && items.isEmpty();
        }

        /** The items as they are taken, until adding is complete and the collection is empty. */
        public Object[] GetConsumingEnumerable() throws InterruptedException {
            List<Object> taken = new java.util.ArrayList<>();
            while (!getIsCompleted()) {
                Object item = items.poll(50, TimeUnit.MILLISECONDS);
                if (item != null) {
                    taken.add(NullItem.unwrap(item));
                }
            }
            return taken.toArray();
        }

        @Override
        public Iterator<Object> iterator() {
            return List.of(items.stream().map(NullItem::unwrap).toArray()).iterator();
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
