package dev.jpwsh.engine.types.dotnet;

import dev.jpwsh.engine.types.Conversions;
import java.util.Collection;

/**
 * System.Collections.Generic.List[T]: {@code Add} returns nothing. A list made by a cast ({@code [List[string]]})
 * knows T: it converts what {@code Add} stores and {@code ToArray} gives a T[]; otherwise T is object.
 */
public final class GenericList extends DotNetList {
    private final Class<?> elementType;

    public GenericList() {
        this.elementType = Object.class;
    }

    public GenericList(Collection<?> items) {
        super(items);
        this.elementType = Object.class;
    }

    public GenericList(Object[] items) {
        this(java.util.Arrays.asList(items));
    }

    /** {@code [List[T]] items}: the items converted to T. */
    public GenericList(Class<?> elementType, Collection<?> items) {
        this.elementType = elementType;
        for (Object item : items) {
            super.add(Conversions.toElement(item, elementType));
        }
    }

    public synchronized void Add(Object item) {
        super.add(Conversions.toElement(item, elementType));
    }

    @Override
    public synchronized Object[] ToArray() {
        return toArray((Object[]) java.lang.reflect.Array.newInstance(elementType, 0));
    }

    public synchronized boolean Remove(Object item) {
        return super.remove(item);
    }

    @Override
    public String toString() {
        return "System.Collections.Generic.List`1[" + Conversions.dotNetName(elementType) + "]";
    }
}
