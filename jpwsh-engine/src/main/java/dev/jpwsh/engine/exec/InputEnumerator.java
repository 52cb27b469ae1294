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
public final class InputEnumerator extends ListEnumerator implements Iterator<Object> {
    public InputEnumerator(List<Object> items) {
        super(items);
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
}
