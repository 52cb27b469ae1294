package dev.jpwsh.dotnet.collections;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.Collection;

/**
 * System.Collections.ObjectModel.Collection, what the {@code .ForEach()} and {@code .Where()} methods return:
 * its {@code Add} returns nothing, so a script that adds writes nothing to the output.
 */
@DotNetName("System.Collections.ObjectModel.Collection`1")
public final class PSCollection extends java.util.ArrayList<Object> {
    public PSCollection() {
    }

    public PSCollection(Collection<?> items) {
        super(items);
    }

    public void Add(Object item) {
        add(item);
    }
}
