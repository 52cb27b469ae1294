package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.threading.AsyncCallback;
import dev.jpwsh.dotnet.threading.AsyncResult;

/**
 * The IAsyncResult of {@link PowerShell#beginInvoke} and {@link PowerShell#beginStop}: which instance started it,
 * with which of the two, and the output it collects.
 */
@DotNetName("System.Management.Automation.PowerShellAsyncResult")
public final class PowerShellAsyncResult extends AsyncResult {
    private final PowerShell owner;
    private final boolean forInvoke;
    private final PSDataCollection<Object> output;

    PowerShellAsyncResult(PowerShell owner, boolean forInvoke, PSDataCollection<Object> output, AsyncCallback callback,
            Object state) {
        super(callback, state);
        this.owner = owner;
        this.forInvoke = forInvoke;
        this.output = output;
    }

    /** Whether {@code shell}'s BeginInvoke ({@code invoke}) or BeginStop ({@code !invoke}) made this result. */
    boolean startedBy(PowerShell shell, boolean invoke) {
        return owner == shell && forInvoke == invoke;
    }

    /** The collection EndInvoke returns: the internal one, or null when the caller supplied its own. */
    PSDataCollection<Object> output() {
        return output;
    }
}
