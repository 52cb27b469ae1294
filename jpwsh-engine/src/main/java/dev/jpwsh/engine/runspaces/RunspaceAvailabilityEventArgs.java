package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.types.DotNetName;
import dev.jpwsh.engine.types.dotnet.EventArgs;

/** What a runspace's AvailabilityChanged event carries. */
@DotNetName("System.Management.Automation.Runspaces.RunspaceAvailabilityEventArgs")
public final class RunspaceAvailabilityEventArgs extends EventArgs {
    private final RunspaceAvailability runspaceAvailability;

    public RunspaceAvailabilityEventArgs(RunspaceAvailability runspaceAvailability) {
        this.runspaceAvailability = runspaceAvailability;
    }

    public RunspaceAvailability getRunspaceAvailability() {
        return runspaceAvailability;
    }
}
