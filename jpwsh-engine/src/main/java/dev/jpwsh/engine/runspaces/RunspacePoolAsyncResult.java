package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.threading.AsyncCallback;
import dev.jpwsh.dotnet.threading.AsyncResult;

/** The IAsyncResult of {@link RunspacePool#beginOpen} and {@link RunspacePool#beginClose}: which pool, which call. */
@DotNetName("System.Management.Automation.Runspaces.RunspacePoolAsyncResult")
public final class RunspacePoolAsyncResult extends AsyncResult {
    private final RunspacePool owner;
    private final boolean open;

    RunspacePoolAsyncResult(RunspacePool owner, boolean open, AsyncCallback callback, Object state) {
        super(callback, state);
        this.owner = owner;
        this.open = open;
    }

    /** Whether {@code pool} started it with BeginOpen ({@code open}) or BeginClose. */
    boolean startedBy(RunspacePool pool, boolean byOpen) {
        return owner == pool && open == byOpen;
    }
}
