package dev.jpwsh.engine.exec;

import java.util.List;

/**
 * An IEnumerator over a list, as a foreach statement exposes it in {@code $foreach}: the loop and the script
 * share it, so a script's MoveNext() consumes an element the loop then skips, and Reset() starts over; pipelines
 * enumerate it from where it stands, as pwsh enumerates an IEnumerator.
 * {@link InputEnumerator} is the same enumerator for {@code $input}, which pipelines may also consume.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Collections.IEnumerator")
public sealed class ListEnumerator extends dev.jpwsh.dotnet.collections.ArrayListEnumerator permits InputEnumerator {
    public ListEnumerator(List<Object> items) {
        super(items);
    }

    /** Current before the first MoveNext and after the last element: null. */
    @Override
    protected Object outsideCurrent() {
        return null;
    }
}
