package dev.jpwsh.format.view;

import dev.jpwsh.dotnet.collections.MapMembers;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How formatting enumerates what it is given: the elements of a collection and of the collections nested in it,
 * depth first, without recursing on the Java stack however deep the nesting; a dictionary's entries; a collection
 * nested in itself shows as its string instead of again.
 */
final class ObjectExpansion {
    private final Consumer<Object> each;

    ObjectExpansion(Consumer<Object> each) {
        this.each = each;
    }

    void write(Object value) {
        if (value instanceof Map<?, ?> map) {
            entries(map);
        } else if (Enumeration.isEnumerable(value)) {
            expand(value);
        } else {
            each.accept(value);
        }
    }

    private void entries(Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            each.accept(new MapMembers.DictionaryEntry(e.getKey(), e.getValue()));
        }
    }

    private void expand(Object collection) {
        Deque<Iterator<?>> open = new ArrayDeque<>();
        Set<Object> expanding = Collections.newSetFromMap(new IdentityHashMap<>());
        open.push(iterator(collection));
        expanding.add(collection);
        while (!open.isEmpty()) {
            Iterator<?> items = open.peek();
            if (!items.hasNext()) {
                open.pop();
                continue;
            }
            Object item = items.next();
            if (item instanceof Map<?, ?> map) {
                entries(map);
            } else if (!Enumeration.isEnumerable(item)) {
                each.accept(item);
            } else if (expanding.add(item)) {
                open.push(iterator(item));
            } else {
                each.accept(LanguagePrimitives.toString(item));
            }
        }
    }

    private static Iterator<?> iterator(Object collection) {
        return switch (collection) {
            case Object[] array -> Arrays.asList(array).iterator();
            case Iterator<?> iterator -> iterator;
            default -> ((Iterable<?>) collection).iterator();
        };
    }
}
