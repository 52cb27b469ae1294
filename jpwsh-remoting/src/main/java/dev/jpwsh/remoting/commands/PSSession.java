package dev.jpwsh.remoting.commands;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceAvailability;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.remoting.client.NewProcessConnectionInfo;
import dev.jpwsh.remoting.client.SshConnectionInfo;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code [System.Management.Automation.Runspaces.PSSession]}: a remote runspace as the session cmdlets list it, with
 * an Id from a process-wide counter, a Name ({@code Runspace<Id>} unless given), its transport and its state.
 */
@DotNetName("System.Management.Automation.Runspaces.PSSession")
public final class PSSession {
    private static final AtomicInteger LAST_ID = new AtomicInteger();

    private final int id = LAST_ID.incrementAndGet();
    private final Runspace runspace;
    private String name;
    /** What {@link #getTransport()} says for a connection of no known kind; null for {@code Custom}. */
    private String transportName;

    PSSession(Runspace runspace, String name) {
        this.runspace = runspace;
        this.name = name == null || name.isEmpty() ? "Runspace" + id : name;
    }

    /**
     * {@code [PSSession]::Create(runspace, transportName, psCmdlet)}: a session for a remote runspace opened through
     * the runspace API, listed for Get-PSSession in the running session when {@code psCmdlet} is given (a
     * {@code $PSCmdlet}); {@code transportName} names the transport of a connection of no known kind.
     *
     * @throws PSRuntimeException PSArgumentException when {@code runspace} is not remote
     */
    public static PSSession Create(Runspace runspace, String transportName, Object psCmdlet) {
        if (runspace == null || !runspace.getRunspaceIsRemote()) {
            throw new PSRuntimeException("Argument", "InvalidArgument", "The Runspace argument to Create must be a "
                    + "non-null RemoteRunspace object.", null, "System.Management.Automation.PSArgumentException");
        }
        PSSession session = new PSSession(runspace, null);
        session.transportName = transportName == null || transportName.isEmpty() ? null : transportName;
        Runspace current = Runspace.getDefaultRunspace();
        if (psCmdlet != null && current != null) {
            PSSessions.of(current.context()).add(session);
        }
        return session;
    }

    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getComputerName() {
        return runspace.getConnectionInfo().getComputerName();
    }

    /** {@return {@code RemoteMachine}, as pwsh says for every transport but VMs and containers} */
    public String getComputerType() {
        return "RemoteMachine";
    }

    /** {@return {@code DefaultShell} over SSH, empty otherwise} */
    public String getConfigurationName() {
        return runspace.getConnectionInfo() instanceof SshConnectionInfo ? "DefaultShell" : "";
    }

    public Guid getInstanceId() {
        return runspace.getInstanceId();
    }

    public RunspaceState getState() {
        return runspace.getRunspaceStateInfo().getState();
    }

    public RunspaceAvailability getAvailability() {
        return runspace.getRunspaceAvailability();
    }

    public Runspace getRunspace() {
        return runspace;
    }

    /** {@return {@code SSH}, {@code NamedPipe}, {@code Process}, else the name given to Create or {@code Custom}} */
    public String getTransport() {
        return switch (runspace.getConnectionInfo()) {
            case SshConnectionInfo ignored -> "SSH";
            case NamedPipeConnectionInfo ignored -> "NamedPipe";
            case NewProcessConnectionInfo ignored -> "Process";
            default -> transportName == null ? "Custom" : transportName;
        };
    }

    @Override
    public String toString() {
        return "[PSSession]" + name;
    }
}
