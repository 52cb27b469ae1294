package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.EqualityComparer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * System.Collections.Generic.Dictionary[K,V]: keys compare exactly (case matters, unlike a hashtable), in
 * insertion order, unless a comparer given to the constructor (a {@link StringComparer} such as
 * {@code ::new([StringComparer]::OrdinalIgnoreCase)}, or a script's IEqualityComparer) says which are the same key;
 * a key keeps the spelling it was first added with. Made with key and value types ({@code [Dictionary[string,int]]}),
 * keys and values convert to them as they come in (Add, the indexer), as .NET's binder converts the arguments, and
 * keys looked up convert too. The map members come from the hashtable companion (Add, ContainsKey, Remove, ...).
 */
@DotNetName("System.Collections.Generic.Dictionary`2")
public final class Dictionary extends LinkedHashMap<Object, Object> implements GenericInstance {
    private final EqualityComparer comparer;
    /** The key and value types the dictionary was made with ({@code [string, int]}); none when made without. */
    private volatile java.util.List<?> typeArguments = java.util.List.of();
    /** With a comparer: each key as the comparer sees it, to the key as stored. */
    private final Map<Object, Object> storedKeys;
    private volatile ElementType keyType = ElementType.ANY;
    private volatile ElementType valueType = ElementType.ANY;

    public Dictionary() {
        this((EqualityComparer) null);
    }

    /** .NET's capacity is only a hint. */
    public Dictionary(int capacity) {
        this((EqualityComparer) null);
    }

    public Dictionary(EqualityComparer comparer) {
        this.comparer = comparer;
        this.storedKeys = comparer == null ? null : new HashMap<>();
    }

    public Dictionary(int capacity, EqualityComparer comparer) {
        this(comparer);
    }

    /** A copy of {@code entries}. */
    public Dictionary(Map<?, ?> entries) {
        this(entries, null);
    }

    public Dictionary(Map<?, ?> entries, EqualityComparer comparer) {
        this(comparer);
        ArgumentExceptions.notNull(entries, "dictionary").forEach(this::put);
    }

    /** The comparer given to the constructor, else the key type's default one, as .NET reports it. */
    public EqualityComparer getComparer() {
        return comparer == null ? DefaultEqualityComparer.of(keyType) : comparer;
    }

    /**
     * {@code Remove(key, [ref] $value)}: whether the key was there; its value goes to the reference, default(TValue)
     * when it was not.
     */
    public boolean Remove(Object key, Object reference) {
        boolean found = TryGetValue(key, reference);
        remove(key);
        return found;
    }

    /** The key as stored for one the caller gave: itself unless the comparer equates it with a stored one. */
    private Object stored(Object key) {
        key = keyType.convertOrKeep(key);
        if (storedKeys == null) {
            return key;
        }
        Object known = storedKeys.get(StringComparer.keyOf(comparer, key));
        return known == null ? key : known;
    }

    @Override
    public Object put(Object key, Object value) {
        key = keyType.convert(key, "Add", "key");
        value = valueType.convert(value, "Add", "value");
        Object storedKey = stored(key);
        if (storedKeys != null) {
            storedKeys.putIfAbsent(StringComparer.keyOf(comparer, key), storedKey);
        }
        return super.put(storedKey, value);
    }

    @Override
    public Object get(Object key) {
        return super.get(stored(key));
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        return super.getOrDefault(stored(key), defaultValue);
    }

    @Override
    public boolean containsKey(Object key) {
        return super.containsKey(stored(key));
    }

    @Override
    public Object remove(Object key) {
        Object storedKey = stored(key);
        if (storedKeys != null) {
            storedKeys.remove(StringComparer.keyOf(comparer, key));
        }
        return super.remove(storedKey);
    }

    @Override
    public void clear() {
        if (storedKeys != null) {
            storedKeys.clear();
        }
        super.clear();
    }

    /** Whether the key is there; its value goes to the reference, default(TValue) (0, false, null...) when it is not. */
    public boolean TryGetValue(Object key, Object reference) {
        boolean found = containsKey(key);
        if (reference instanceof Ref ref) {
            ref.setValue(found ? get(key) : valueType.defaultValue());
        }
        return found;
    }

    /**
     * Records the key and value types, which GetType() shows and keys and values then convert to (those already in,
     * from a dictionary the constructor copied, too).
     */
    @Override
    public synchronized void bindTypeArguments(java.util.List<?> arguments) {
        typeArguments = java.util.List.copyOf(arguments);
        if (arguments.size() == 2) {
            keyType = ElementType.of(arguments.get(0));
            valueType = ElementType.of(arguments.get(1));
            Map<Object, Object> entries = new LinkedHashMap<>(this);
            clear();
            entries.forEach(this::put);
        }
    }

    @Override
    public java.util.List<?> typeArguments() {
        return typeArguments;
    }

    @Override
    public String toString() {
        return "System.Collections.Generic.Dictionary`2[" + keyType.name() + "," + valueType.name() + "]";
    }
}
