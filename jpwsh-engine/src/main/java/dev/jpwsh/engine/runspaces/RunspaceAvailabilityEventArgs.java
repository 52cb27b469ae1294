package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.EventArgs;

/** What a runspace's AvailabilityChanged event carries. */
@DotNetName("System.Management.Automation.Runspaces.RunspaceAvailabilityEventArgs")
public final class RunspaceAvailabilityEventArgs extends EventArgs {
    private final RunspaceAvailability runspaceAvailability;

    /**
     * Carries {@code runspaceAvailability}.
     *
     * @param runspaceAvailability the runspace's new availability
     */
    public RunspaceAvailabilityEventArgs(RunspaceAvailability runspaceAvailability) {
        this.runspaceAvailability = runspaceAvailability;
    }

    /** {@return {@code RunspaceAvailability}: the runspace's new availability} */
    public RunspaceAvailability getRunspaceAvailability() {
        return runspaceAvailability;
    }
}
