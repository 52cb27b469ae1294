package dev.jpwsh.remoting;

import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.remoting.client.NewProcessConnectionInfo;
import dev.jpwsh.remoting.client.PSRemotingTransportException;
import dev.jpwsh.remoting.client.SshConnectionInfo;
import dev.jpwsh.remoting.commands.PSSession;
import dev.jpwsh.remoting.commands.PSSessionOption;
import dev.jpwsh.remoting.transport.PSHostProcessInfo;
import dev.jpwsh.runtime.object.TypeRegistration;

/**
 * Type names scripts use for the remoting classes:
 * {@code [System.Management.Automation.Runspaces.NamedPipeConnectionInfo]}, {@code [...NewProcessConnectionInfo]} and
 * Get-PSHostProcessInfo's output type.
 */
public final class RemotingTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(NamedPipeConnectionInfo.class,
                "System.Management.Automation.Runspaces.NamedPipeConnectionInfo");
        registrar.alias(NewProcessConnectionInfo.class,
                "System.Management.Automation.Runspaces.NewProcessConnectionInfo");
        registrar.alias(PSHostProcessInfo.class, "Microsoft.PowerShell.Commands.PSHostProcessInfo");
        registrar.alias(SshConnectionInfo.class, "System.Management.Automation.Runspaces.SSHConnectionInfo");
        registrar.alias(PSSession.class, "System.Management.Automation.Runspaces.PSSession");
        registrar.alias(PSSessionOption.class, "System.Management.Automation.Remoting.PSSessionOption");
        registrar.alias(PSSessionOption.ProxyAccessType.class, "System.Management.Automation.Runspaces.ProxyAccessType");
        registrar.alias(PSSessionOption.AuthenticationMechanism.class,
                "System.Management.Automation.Runspaces.AuthenticationMechanism");
        registrar.alias(PSSessionOption.OutputBufferingMode.class,
                "System.Management.Automation.Runspaces.OutputBufferingMode");
        registrar.alias(PSRemotingTransportException.class,
                "System.Management.Automation.Remoting.PSRemotingTransportException");
    }
}
