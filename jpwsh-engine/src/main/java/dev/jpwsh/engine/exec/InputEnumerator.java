package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * A function's or script's {@code $input}: an enumerator over the pipeline input its block gets, as pwsh's is one
 * over an ArrayList. Enumerating it (a pipeline, foreach, {@code "$input"}) consumes what is left; a script may also
 * walk it with MoveNext() and Current, and Reset() starts over. Used by the one thread running the block.
 */
@DotNetName("System.Collections.ArrayList+ArrayListEnumeratorSimple")
public final class InputEnumerator extends ListEnumerator {
    public InputEnumerator(List<Object> items) {
        super(items);
    }
}
