package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.runspaces.InteractiveSessionHost;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.remoting.client.SshConnectionInfo;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Enter-PSSession: pushes a remote runspace onto a host that can run its prompt's commands there (the interactive
 * console): a new SSH session to -HostName (closed again when it is left), or an open PSSession given to -Session or
 * as the first argument (kept open). A host that cannot push a runspace gets HostDoesNotSupportPushRunspace,
 * non-terminating, as a host without IHostSupportsInteractiveSession does in pwsh.
 */
@DotNetName("Microsoft.PowerShell.Commands.EnterPSSessionCommand")
public final class EnterPSSessionCommand extends Cmdlet {
    @Parameter(position = 0)
    private Object target;

    @Parameter
    private PSSession session;

    @Parameter(aliases = {"IdentityFilePath"})
    private String keyFilePath;

    @Parameter
    private String userName;

    @Parameter
    private Integer port;

    @Parameter
    private String hostName;

    @Parameter
    /** Null unless given: only true is accepted. */
    private Boolean sshTransport;

    @Parameter
    private String subsystem;

    /** ssh's -o options, as New-PSSession takes them. */
    @Parameter
    private java.util.Map<?, ?> options;

    @Parameter
    private Integer connectingTimeout;

    @Override
    protected void beginProcessing() {
        if (Boolean.FALSE.equals(sshTransport)) {
            throw terminatingError(RemotingCommandErrors.sshTransportFalse());
        }
    }

    @Override
    protected void processRecord() {
        String key;
        try {
            key = SshTargets.resolvedKey(keyFilePath, frame());
        } catch (dev.jpwsh.engine.exec.PSException e) {
            throw terminatingError(e);
        }
        if (!(frame().context().host() instanceof InteractiveSessionHost host) || !canPush(host)) {
            writeError(notSupported());
            return;
        }
        PSSession given = session != null ? session : target instanceof PSSession s ? s : null;
        if (given != null) {
            if (given.getState() != RunspaceState.Opened) {
                writeError(RemotingCommandErrors.sessionNotOpen(given));
                return;
            }
            host.pushRunspace(given.getRunspace(), false);
            return;
        }
        String computer = hostName != null ? hostName : target == null ? null : target.toString();
        if (computer == null) {
            writeError(notSupported());
            return;
        }
        SshConnectionInfo connection = new SshTargets(userName, key, port == null ? 0 : port, subsystem,
                connectingTimeout == null ? -1 : connectingTimeout, options)
                .connections(new String[] {computer}).getFirst();
        Runspace runspace = RunspaceFactory.createRunspace(connection);
        try {
            runspace.open();
        } catch (RuntimeException failure) {
            runspace.dispose();
            writeError(RemotingCommandErrors.openFailed(failure, computer));
            return;
        }
        host.pushRunspace(runspace, true);
    }

    /** Whether the host has a prompt to push onto: the console outside an interactive session has none. */
    private static boolean canPush(InteractiveSessionHost host) {
        return host instanceof dev.jpwsh.engine.host.Host h && h.ui().canRead() && !host.getIsRunspacePushed();
    }

    /** The error both cmdlets write in a host that cannot push a runspace. */
    static ErrorRecord notSupported() {
        return new ErrorRecord(new PSRuntimeException("HostDoesNotSupportPushRunspace", "InvalidArgument",
                "The host does not support Enter-PSSession and Exit-PSSession.", null, "System.ArgumentException"),
                "HostDoesNotSupportPushRunspace", "InvalidArgument", null, null);
    }
}
