package dev.jpwsh.runtime.object;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Which values PowerShell enumerates (arrays, lists and other collections, iterators; not maps, not a file
 * path) and their items. Stateless.
 */
public final class Enumeration {
    private Enumeration() {
    }

    /** True for what PowerShell enumerates in a pipeline: arrays, lists and other collections, iterators. */
    public static boolean isEnumerable(Object value) {
        return value instanceof Object[] || value instanceof Collection<?> || value instanceof Iterator<?>
                || value instanceof Iterable<?> && !(value instanceof java.nio.file.Path);
    }

    /** The elements of a value as a list: its items when enumerable, else the value alone (none for null). */
    public static List<Object> toList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        if (!isEnumerable(value)) {
            return Collections.singletonList(value);
        }
        List<Object> list = new ArrayList<>();
        switch (value) {
            case Map<?, ?> map -> list.add(map);
            case Iterable<?> items -> items.forEach(list::add);
            default -> ((Iterator<?>) value).forEachRemaining(list::add);
        }
        return list;
    }
}
