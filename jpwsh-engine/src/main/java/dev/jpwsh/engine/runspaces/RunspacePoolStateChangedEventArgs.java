package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.StateInfo;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.EventArgs;

/** What a runspace pool's StateChanged event carries. */
@DotNetName("System.Management.Automation.RunspacePoolStateChangedEventArgs")
public final class RunspacePoolStateChangedEventArgs extends EventArgs {
    private final StateInfo<RunspaceState> runspacePoolStateInfo;

    /**
     * Carries {@code runspacePoolStateInfo}.
     *
     * @param runspacePoolStateInfo the state the pool moved to, and why
     */
    public RunspacePoolStateChangedEventArgs(StateInfo<RunspaceState> runspacePoolStateInfo) {
        this.runspacePoolStateInfo = runspacePoolStateInfo;
    }

    /** {@return {@code RunspacePoolStateInfo}: the state the pool moved to, and why} */
    public StateInfo<RunspaceState> getRunspacePoolStateInfo() {
        return runspacePoolStateInfo;
    }
}
