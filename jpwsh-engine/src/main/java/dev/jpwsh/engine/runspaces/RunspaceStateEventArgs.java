package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.StateInfo;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.EventArgs;

/** What a runspace's StateChanged event carries, as Register-ObjectEvent's {@code $EventArgs} shows it. */
@DotNetName("System.Management.Automation.Runspaces.RunspaceStateEventArgs")
public final class RunspaceStateEventArgs extends EventArgs {
    private final StateInfo<RunspaceState> runspaceStateInfo;

    /**
     * Carries {@code runspaceStateInfo}.
     *
     * @param runspaceStateInfo the state the runspace moved to, and why
     */
    public RunspaceStateEventArgs(StateInfo<RunspaceState> runspaceStateInfo) {
        this.runspaceStateInfo = runspaceStateInfo;
    }

    /** {@return {@code RunspaceStateInfo}: the state the runspace moved to, and why} */
    public StateInfo<RunspaceState> getRunspaceStateInfo() {
        return runspaceStateInfo;
    }
}
