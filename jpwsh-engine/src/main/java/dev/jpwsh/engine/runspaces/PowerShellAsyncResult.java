package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.types.DotNetName;
import dev.jpwsh.engine.types.dotnet.AsyncCallback;
import dev.jpwsh.engine.types.dotnet.AsyncResult;

/** The IAsyncResult of {@link PowerShell#beginInvoke}: which instance started it and the output it collects. */
@DotNetName("System.Management.Automation.PowerShellAsyncResult")
public final class PowerShellAsyncResult extends AsyncResult {
    private final PowerShell owner;
    private final PSDataCollection<Object> output;

    PowerShellAsyncResult(PowerShell owner, PSDataCollection<Object> output, AsyncCallback callback, Object state) {
        super(callback, state);
        this.owner = owner;
        this.output = output;
    }

    PowerShell owner() {
        return owner;
    }

    /** The collection EndInvoke returns: the internal one, or null when the caller supplied its own. */
    PSDataCollection<Object> output() {
        return output;
    }
}
