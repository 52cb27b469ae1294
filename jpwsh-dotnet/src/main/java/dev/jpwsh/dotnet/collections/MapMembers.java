package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.EngineServices;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSHashtable;
import java.util.Map;

/** System.Collections.Hashtable's members for jpwsh's hashtables and other maps. */
public final class MapMembers {
    private MapMembers() {
    }

    public static void Add(Map<Object, Object> map, Object key, Object value) {
        if (map.containsKey(key)) {
            throw EngineServices.ENGINE.error("ArgumentException", "NotSpecified",
                    "Item has already been added. Key in dictionary: '" + LanguagePrimitives.toString(key)
                            + "'  Key being added: '" + LanguagePrimitives.toString(key) + "'",
                    key, PSRuntimeException.RUNTIME_EXCEPTION);
        }
        map.put(key, value);
    }

    public static boolean ContainsKey(Map<Object, Object> map, Object key) {
        return map.containsKey(key);
    }

    public static boolean Contains(Map<Object, Object> map, Object key) {
        return map.containsKey(key);
    }

    public static boolean ContainsValue(Map<Object, Object> map, Object value) {
        return map.containsValue(value);
    }

    public static void Remove(Map<Object, Object> map, Object key) {
        map.remove(key);
    }

    /** A generic Dictionary's Remove(key) says whether the key was there, where Hashtable's returns nothing. */
    public static boolean Remove(Dictionary map, Object key) {
        boolean found = map.containsKey(key);
        map.remove(key);
        return found;
    }

    public static void Clear(Map<Object, Object> map) {
        map.clear();
    }

    public static Object Clone(Map<Object, Object> map) {
        return new PSHashtable(map);
    }

    /** The entries, each with {@code .Key} and {@code .Value}. */
    public static Object[] GetEnumerator(Map<Object, Object> map) {
        return map.entrySet().stream().map(e -> new DictionaryEntry(e.getKey(), e.getValue())).toArray();
    }

    /** System.Collections.DictionaryEntry. */
    @DotNetName("System.Collections.DictionaryEntry")
    public record DictionaryEntry(Object key, Object value) {
        public Object getKey() {
            return key;
        }

        public Object getValue() {
            return value;
        }

        public Object getName() {
            return key;
        }
    }
}
