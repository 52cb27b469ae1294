package dev.jpwsh.remoting.commands;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceAvailability;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.remoting.client.SshConnectionInfo;
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

    PSSession(Runspace runspace, String name) {
        this.runspace = runspace;
        this.name = name == null || name.isEmpty() ? "Runspace" + id : name;
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

    /** {@return {@code SSH}, {@code NamedPipe}, or {@code Custom}} */
    public String getTransport() {
        return switch (runspace.getConnectionInfo()) {
            case SshConnectionInfo ignored -> "SSH";
            case NamedPipeConnectionInfo ignored -> "NamedPipe";
            default -> "Custom";
        };
    }

    @Override
    public String toString() {
        return "[PSSession]" + name;
    }
}
