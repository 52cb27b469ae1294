package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.EventArgs;
import dev.jpwsh.dotnet.SystemStatics.Guid;

/**
 * What a PSDataCollection's DataAdded event carries: where the new item is. jpwsh's collections do not record
 * which PowerShell wrote an item, so PowerShellInstanceId is the empty Guid.
 */
@DotNetName("System.Management.Automation.DataAddedEventArgs")
public final class DataAddedEventArgs extends EventArgs {
    private final int index;

    /**
     * For the item that went to position {@code index}.
     *
     * @param index the position, from 0, the new item got
     */
    public DataAddedEventArgs(int index) {
        this.index = index;
    }

    /**
     * Where the new item is in the collection.
     *
     * @return the position, from 0
     */
    public int getIndex() {
        return index;
    }

    /**
     * Always the empty Guid in jpwsh.
     *
     * @return {@code Guid.Empty}
     */
    public Guid getPowerShellInstanceId() {
        return Guid.Empty;
    }
}
