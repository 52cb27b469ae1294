package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.LinkedHashMap;

/**
 * System.Collections.Generic.Dictionary[K,V]: keys compare exactly (case matters, unlike a hashtable), in
 * insertion order. The map members come from the hashtable companion (Add, ContainsKey, Remove, ...).
 */
@DotNetName("System.Collections.Generic.Dictionary`2")
public final class Dictionary extends LinkedHashMap<Object, Object> {
    public boolean TryGetValue(Object key, Object reference) {
        boolean found = containsKey(key);
        if (reference instanceof Ref ref) {
            ref.setValue(found ? get(key) : null);
        }
        return found;
    }

    @Override
    public String toString() {
        return "System.Collections.Generic.Dictionary`2[System.Object,System.Object]";
    }
}
