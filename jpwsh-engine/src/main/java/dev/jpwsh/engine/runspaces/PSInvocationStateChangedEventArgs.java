package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.StateInfo;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.EventArgs;

/** What a PowerShell's InvocationStateChanged event carries. */
@DotNetName("System.Management.Automation.PSInvocationStateChangedEventArgs")
public final class PSInvocationStateChangedEventArgs extends EventArgs {
    private final StateInfo<PSInvocationState> invocationStateInfo;

    /**
     * Carries {@code invocationStateInfo}.
     *
     * @param invocationStateInfo the state the PowerShell moved to, and why
     */
    public PSInvocationStateChangedEventArgs(StateInfo<PSInvocationState> invocationStateInfo) {
        this.invocationStateInfo = invocationStateInfo;
    }

    /** {@return {@code InvocationStateInfo}: the state the PowerShell moved to, and why} */
    public StateInfo<PSInvocationState> getInvocationStateInfo() {
        return invocationStateInfo;
    }
}
