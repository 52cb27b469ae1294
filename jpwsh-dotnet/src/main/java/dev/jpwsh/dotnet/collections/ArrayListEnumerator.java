package dev.jpwsh.dotnet.collections;

import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What {@code ArrayList.GetEnumerator()} gives: an IEnumerator a script walks with MoveNext(), Current and Reset(),
 * over the live list, as .NET's. Current before the first MoveNext or after the last element is .NET's
 * InvalidOperationException (the engine's enumerators of {@code $foreach} and {@code $input} give null there).
 * Pipelines and foreach enumerate it from where it stands. Used by one thread at a time.
 */
@DotNetName("System.Collections.ArrayList+ArrayListEnumeratorSimple")
public class ArrayListEnumerator implements Iterator<Object> {
    protected final List<Object> items;
    /** The position of Current: -1 before the first MoveNext, items.size() after the last. */
    protected int index = -1;

    public ArrayListEnumerator(List<Object> items) {
        this.items = items;
    }

    public boolean MoveNext() {
        if (index < items.size()) {
            index++;
        }
        return index < items.size();
    }

    public Object getCurrent() {
        return index < 0 || index >= items.size() ? outsideCurrent() : items.get(index);
    }

    /** Current before the first element or after the last: .NET's InvalidOperationException. */
    protected Object outsideCurrent() {
        throw new PSRuntimeException("InvalidOperation", "InvalidOperation",
                index < 0 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.", null,
                "System.InvalidOperationException");
    }

    public void Reset() {
        index = -1;
    }

    @Override
    public boolean hasNext() {
        return index + 1 < items.size();
    }

    @Override
    public Object next() {
        if (!MoveNext()) {
            throw new NoSuchElementException();
        }
        return items.get(index);
    }
}
