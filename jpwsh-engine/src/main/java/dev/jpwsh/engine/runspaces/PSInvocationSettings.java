package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.types.DotNetName;
import dev.jpwsh.engine.types.dotnet.DotNetEnums.ActionPreference;

/**
 * {@code [System.Management.Automation.PSInvocationSettings]}: options for one invocation of a
 * {@link PowerShell} (spec 5.11). The caller fills it in before Invoke/BeginInvoke; the invocation reads it
 * once, on its pipeline thread, and does not keep it afterwards.
 */
@DotNetName("System.Management.Automation.PSInvocationSettings")
public final class PSInvocationSettings {
    private ApartmentState apartmentState = ApartmentState.Unknown;
    private Host host;
    private boolean addToHistory;
    private ActionPreference errorActionPreference;
    private boolean exposeFlowControlExceptions;

    /** Stored only: like the runspace's, the JVM has no apartments. */
    public ApartmentState getApartmentState() {
        return apartmentState;
    }

    public void setApartmentState(ApartmentState apartmentState) {
        this.apartmentState = apartmentState;
    }

    /** The host used for this invocation only ({@code $Host} included), or null for the runspace's own. */
    public Host getHost() {
        return host;
    }

    public void setHost(Host host) {
        if (host == null) {
            throw RunspaceErrors.argumentNull("Host");
        }
        this.host = host;
    }

    /** When false (the default) the invocation leaves {@code $?} as it found it. */
    public boolean getAddToHistory() {
        return addToHistory;
    }

    public void setAddToHistory(boolean addToHistory) {
        this.addToHistory = addToHistory;
    }

    /**
     * What a batch (statements separated by AddStatement) does with a statement's terminating error: Stop
     * ends the batch with it, Ignore drops it, anything else (or null) records it and goes on. It does not
     * change the runspace's {@code $ErrorActionPreference}.
     */
    public ActionPreference getErrorActionPreference() {
        return errorActionPreference;
    }

    public void setErrorActionPreference(ActionPreference errorActionPreference) {
        this.errorActionPreference = errorActionPreference;
    }

    /** When true, a break, continue or exit that leaves the commands fails the invocation instead of ending it. */
    public boolean getExposeFlowControlExceptions() {
        return exposeFlowControlExceptions;
    }

    public void setExposeFlowControlExceptions(boolean exposeFlowControlExceptions) {
        this.exposeFlowControlExceptions = exposeFlowControlExceptions;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSInvocationSettings";
    }
}
