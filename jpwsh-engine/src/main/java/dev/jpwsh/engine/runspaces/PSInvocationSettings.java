package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.DotNetEnums.ActionPreference;

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
    /** Set only on the defaults of an asynchronous call: a batch then follows the runspace's preference. */
    private boolean followsRunspacePreference;
    /** What a remote runspace's server is asked to add to the records (CREATE_PIPELINE): None unless set or a default. */
    private RemoteStreamOptions remoteStreamOptions = RemoteStreamOptions.None;

    /**
     * The default settings: ApartmentState Unknown, the runspace's own host, AddToHistory false, no
     * ErrorActionPreference, and flow control not exposed.
     */
    public PSInvocationSettings() {
    }

    /**
     * The settings BeginInvoke uses when given none (spec 5.2: the async batch path reads the runspace's); on a remote
     * runspace they ask the server for invocation info on every record, as pwsh's client does without settings.
     */
    static PSInvocationSettings followingRunspacePreference() {
        PSInvocationSettings settings = forRemotePipeline();
        settings.remoteStreamOptions = RemoteStreamOptions.AddInvocationInfo;
        return settings;
    }

    /** The settings Invoke uses when given none: as {@link #followingRunspacePreference()} for a remote runspace. */
    static PSInvocationSettings defaults() {
        PSInvocationSettings settings = new PSInvocationSettings();
        settings.remoteStreamOptions = RemoteStreamOptions.AddInvocationInfo;
        return settings;
    }

    /**
     * {@return BeginInvoke's settings as pwsh's remote pipelines (Invoke-Command, jobs) send them: following the
     * runspace's preference, and asking the server for no invocation info on the records (RemoteStreamOptions 0)}
     */
    public static PSInvocationSettings forRemotePipeline() {
        PSInvocationSettings settings = new PSInvocationSettings();
        settings.followsRunspacePreference = true;
        return settings;
    }

    /** {@return the RemoteStreamOptions flags a remote runspace's server gets} */
    int remoteStreamOptions() {
        return remoteStreamOptions.flags();
    }

    public RemoteStreamOptions getRemoteStreamOptions() {
        return remoteStreamOptions;
    }

    public void setRemoteStreamOptions(RemoteStreamOptions remoteStreamOptions) {
        this.remoteStreamOptions = remoteStreamOptions == null ? RemoteStreamOptions.None : remoteStreamOptions;
    }

    /**
     * The preference that decides whether a batch goes on after a statement's terminating error: the one set
     * here, else for BeginInvoke without settings the runspace's {@code $ErrorActionPreference}, else none.
     */
    ActionPreference batchPreference(Frame frame) {
        if (errorActionPreference != null || !followsRunspacePreference) {
            return errorActionPreference;
        }
        Object value = frame.variable("erroractionpreference");
        try {
            return value == null ? null : Conversions.convert(value, ActionPreference.class) instanceof
                    ActionPreference preference ? preference : null;
        } catch (PSException unknown) {
            return null;
        }
    }

    /**
     * Stored only: like the runspace's, the JVM has no apartments.
     *
     * @return the apartment state; Unknown unless set
     */
    public ApartmentState getApartmentState() {
        return apartmentState;
    }

    /**
     * Sets {@code ApartmentState}, which is only stored.
     *
     * @param apartmentState any value
     */
    public void setApartmentState(ApartmentState apartmentState) {
        this.apartmentState = apartmentState;
    }

    /**
     * The host used for this invocation only ({@code $Host} included), or null for the runspace's own.
     *
     * @return the host, or null
     */
    public Host getHost() {
        return host;
    }

    /**
     * Sets the host for this invocation only.
     *
     * @param host the host; null fails with ArgumentNull (a PSArgumentNullException)
     */
    public void setHost(Host host) {
        if (host == null) {
            throw RunspaceErrors.argumentNull("Host");
        }
        this.host = host;
    }

    /**
     * When false (the default) the invocation leaves {@code $?} as it found it.
     *
     * @return whether {@code $?} keeps the value the invocation left
     */
    public boolean getAddToHistory() {
        return addToHistory;
    }

    /**
     * Sets {@code AddToHistory}.
     *
     * @param addToHistory true to keep the invocation's {@code $?} in the runspace
     */
    public void setAddToHistory(boolean addToHistory) {
        this.addToHistory = addToHistory;
    }

    /**
     * What a batch (statements separated by AddStatement) does with a statement's terminating error: Stop
     * ends the batch with it, Ignore drops it, anything else (or null) records it and goes on. It does not
     * change the runspace's {@code $ErrorActionPreference}.
     *
     * @return the preference, or null when none is set
     */
    public ActionPreference getErrorActionPreference() {
        return errorActionPreference;
    }

    /**
     * Sets {@code ErrorActionPreference} for batches run with these settings.
     *
     * @param errorActionPreference the preference; null for none
     */
    public void setErrorActionPreference(ActionPreference errorActionPreference) {
        this.errorActionPreference = errorActionPreference;
    }

    /**
     * When true, a break, continue or exit that leaves the commands fails the invocation instead of ending it.
     *
     * @return whether such a break, continue or exit fails the invocation
     */
    public boolean getExposeFlowControlExceptions() {
        return exposeFlowControlExceptions;
    }

    /**
     * Sets {@code ExposeFlowControlExceptions}.
     *
     * @param exposeFlowControlExceptions true to fail the invocation with a BreakException, ContinueException or
     *     ExitException
     */
    public void setExposeFlowControlExceptions(boolean exposeFlowControlExceptions) {
        this.exposeFlowControlExceptions = exposeFlowControlExceptions;
    }

    /** {@return the .NET type name, as PowerShell shows the object} */
    @Override
    public String toString() {
        return "System.Management.Automation.PSInvocationSettings";
    }
}
