package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Enter-PSSession and Exit-PSSession in a host that cannot push a runspace (every jpwsh host today, as a host
 * without IHostSupportsInteractiveSession in pwsh): HostDoesNotSupportPushRunspace, non-terminating.
 */
@DotNetName("Microsoft.PowerShell.Commands.EnterPSSessionCommand")
public final class EnterPSSessionCommand extends Cmdlet {
    @Parameter(position = 0)
    private Object target;

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

    @Override
    protected void beginProcessing() {
        if (Boolean.FALSE.equals(sshTransport)) {
            throw terminatingError(RemotingCommandErrors.sshTransportFalse());
        }
    }

    @Override
    protected void processRecord() {
        try {
            SshTargets.resolvedKey(keyFilePath, frame());
        } catch (dev.jpwsh.engine.exec.PSException e) {
            throw terminatingError(e);
        }
        writeError(notSupported());
    }

    /** The error both cmdlets write in a host that cannot push a runspace. */
    static dev.jpwsh.runtime.error.ErrorRecord notSupported() {
        return new dev.jpwsh.runtime.error.ErrorRecord(new dev.jpwsh.runtime.error.PSRuntimeException(
                "HostDoesNotSupportPushRunspace", "InvalidArgument",
                "The host does not support Enter-PSSession and Exit-PSSession.", null, "System.ArgumentException"),
                "HostDoesNotSupportPushRunspace", "InvalidArgument", null, null);
    }
}
