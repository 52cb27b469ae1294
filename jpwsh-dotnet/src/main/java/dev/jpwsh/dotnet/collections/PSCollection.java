package dev.jpwsh.dotnet.collections;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.Collection;

/** What the {@code .ForEach()} and {@code .Where()} methods return: System.Collections.ObjectModel.Collection. */
@DotNetName("System.Collections.ObjectModel.Collection`1")
public final class PSCollection extends java.util.ArrayList<Object> {
    public PSCollection() {
    }

    public PSCollection(Collection<?> items) {
        super(items);
    }
}
