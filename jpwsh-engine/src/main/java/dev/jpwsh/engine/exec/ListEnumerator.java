package dev.jpwsh.engine.exec;

import java.util.List;

/**
 * An IEnumerator over a list, as a foreach statement exposes it in {@code $foreach}: the loop and the script
 * share it, so a script's MoveNext() consumes an element the loop then skips, and Reset() starts over.
 * {@link InputEnumerator} is the same enumerator for {@code $input}, which pipelines may also consume.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Collections.IEnumerator")
public sealed class ListEnumerator permits InputEnumerator {
    final List<Object> items;
    /** The position of Current: -1 before the first MoveNext, items.size() after the last. */
    int index = -1;

    public ListEnumerator(List<Object> items) {
        this.items = items;
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
