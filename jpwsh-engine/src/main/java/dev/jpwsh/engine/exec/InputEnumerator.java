package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A function's or script's {@code $input}: an enumerator over the pipeline input its block gets, as pwsh's is one
 * over an ArrayList. Enumerating it (a pipeline, foreach, {@code "$input"}) consumes what is left; a script may also
 * walk it with MoveNext() and Current, and Reset() starts over. Used by the one thread running the block.
 */
@DotNetName("System.Collections.ArrayList+ArrayListEnumeratorSimple")
public final class InputEnumerator implements Iterator<Object> {
    private final List<Object> items;
    /** The position of Current: -1 before the first element, items.size() after the last. */
    private int index = -1;

    public InputEnumerator(List<Object> items) {
        this.items = items;
    }

    @Override
    public boolean hasNext() {
        return index + 1 < items.size();
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return items.get(++index);
    }

    public boolean MoveNext() {
        if (index < items.size()) {
            index++;
        }
        return index < items.size();
    }

    /** The element MoveNext moved to; null before the first MoveNext and after the last element. */
    public Object getCurrent() {
        return index >= 0 && index < items.size() ? items.get(index) : null;
    }

    public void Reset() {
        index = -1;
    }
}
