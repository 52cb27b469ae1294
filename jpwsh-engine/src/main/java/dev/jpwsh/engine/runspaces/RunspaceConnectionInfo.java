package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * Where a remote runspace runs: the base of the connection infos a remoting module defines (NamedPipeConnectionInfo,
 * later SSH and process ones). {@link RunspaceFactory} makes a remote runspace or pool from one; the engine itself
 * knows no transport, so each subclass says how to reach its server by making a {@link RemoteSession}.
 */
@DotNetName("System.Management.Automation.Runspaces.RunspaceConnectionInfo")
public abstract class RunspaceConnectionInfo {
    /** {@return the computer the runspace runs on, as Get-Runspace shows it} */
    public abstract String getComputerName();

    /** {@return how long opening may take, in milliseconds} */
    public abstract int getOpenTimeout();

    /** {@return a new, unconnected session to the server, one for each remote runspace} */
    protected abstract RemoteSession newSession();
}
