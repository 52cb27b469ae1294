package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.remoting.client.SshConnectionInfo;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * New-PSSession over SSH: opens one session per -HostName, all at once, lists each that opened for Get-PSSession
 * and writes it; a host that cannot be reached is a PSSessionOpenFailed error naming it. The default -ComputerName
 * set (WSMan) fails as pwsh on Linux does.
 */
@DefaultParameterSet(NewPSSessionCommand.COMPUTER_NAME)
@DotNetName("Microsoft.PowerShell.Commands.NewPSSessionCommand")
public final class NewPSSessionCommand extends Cmdlet {
    static final String SSH_HOST = "SSHHost";
    static final String COMPUTER_NAME = "ComputerName";

    /** WSMan's computer names: without WSMan every use fails as pwsh's does on Linux. */
    @Parameter(parameterSetName = COMPUTER_NAME, position = 0, aliases = {"Cn"})
    private String[] computerName;

    @Parameter(parameterSetName = COMPUTER_NAME)
    private Object credential;

    @Parameter(parameterSetName = SSH_HOST, position = 0, mandatory = true)
    private String[] hostName;

    @Parameter(parameterSetName = SSH_HOST)
    private String userName;

    @Parameter(parameterSetName = SSH_HOST, aliases = {"IdentityFilePath"})
    private String keyFilePath;

    @Parameter(parameterSetName = SSH_HOST)
    @ValidateRange(min = 1, max = 65_535)
    private Integer port;

    @Parameter(parameterSetName = SSH_HOST)
    /** Null unless given: only true is accepted. */
    private Boolean sshTransport;

    @Parameter(parameterSetName = SSH_HOST)
    private String subsystem;

    @Parameter(parameterSetName = SSH_HOST)
    private Integer connectingTimeout;

    @Parameter(parameterSetName = SSH_HOST)
    private Map<?, ?> options;

    @Parameter(parameterSetName = "SSHHostHashParam", mandatory = true)
    private Map<?, ?>[] sshConnection;

    @Parameter
    private String[] name;

    @Override
    protected void beginProcessing() {
        if (Boolean.FALSE.equals(sshTransport)) {
            throw terminatingError(RemotingCommandErrors.sshTransportFalse());
        }
        if (parameterSetName().equals(COMPUTER_NAME)) {
            throw terminatingError(RemotingCommandErrors.wsmanUnavailable());
        }
    }

    @Override
    protected void processRecord() {
        List<SshConnectionInfo> connections;
        try {
            connections = sshConnection != null ? SshConnectionTable.connections(sshConnection, frame())
                    : new SshTargets(userName, SshTargets.resolvedKey(keyFilePath, frame()), port == null ? 0 : port,
                            subsystem, connectingTimeout == null ? -1 : connectingTimeout, options)
                            .connections(hostName);
        } catch (dev.jpwsh.engine.exec.PSException e) {
            throw terminatingError(e);
        }
        List<CompletableFuture<Runspace>> opening = new ArrayList<>();
        for (SshConnectionInfo connection : connections) {
            opening.add(CompletableFuture.supplyAsync(() -> {
                Runspace runspace = RunspaceFactory.createRunspace(connection);
                try {
                    runspace.open();
                } catch (RuntimeException failure) {
                    runspace.dispose();
                    throw failure;
                }
                return runspace;
            }, task -> dev.jpwsh.dotnet.threading.EngineThreads.virtual("New-PSSession").start(task)));
        }
        for (int i = 0; i < opening.size(); i++) {
            try {
                Runspace runspace = opening.get(i).join();
                PSSession session = new PSSession(runspace, name != null && i < name.length ? name[i] : null);
                PSSessions.of(frame().context()).add(session);
                writeObject(session);
            } catch (java.util.concurrent.CompletionException e) {
                RuntimeException failure = e.getCause() instanceof RuntimeException r ? r : e;
                writeError(RemotingCommandErrors.openFailed(failure, connections.get(i).getComputerName()));
            }
        }
    }
}
