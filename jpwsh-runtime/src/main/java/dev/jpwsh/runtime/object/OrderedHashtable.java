package dev.jpwsh.runtime.object;

import java.util.ArrayList;
import java.util.Map;

/** {@code [ordered]@{}}: System.Collections.Specialized.OrderedDictionary, also indexable by position. */
public final class OrderedHashtable extends PSHashtable {
    /** The value at a position, as {@code $ordered[0]} gives it. */
    public Object valueAt(int index) {
        ArrayList<Map.Entry<Object, Object>> list = new ArrayList<>(entrySet());
        return index >= 0 && index < list.size() ? list.get(index).getValue() : null;
    }

    @Override
    public String toString() {
        return "System.Collections.Specialized.OrderedDictionary";
    }
}
