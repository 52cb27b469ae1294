package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceConnectionInfo;
import dev.jpwsh.engine.runspaces.RunspaceFactory;

/**
 * Where one child of a remote Invoke-Command runs: an open session's runspace, which stays open, or a connection
 * made for the command alone (-HostName), opened when the child starts and closed when it ends.
 */
record RemoteTarget(String computerName, PSSession session, RunspaceConnectionInfo connection) {
    static RemoteTarget of(PSSession session) {
        return new RemoteTarget(session.getComputerName(), session, null);
    }

    static RemoteTarget of(RunspaceConnectionInfo connection) {
        return new RemoteTarget(connection.getComputerName(), null, connection);
    }

    /** {@return the runspace to run on: the session's, or a new one, opened} */
    Runspace open() {
        if (session != null) {
            return session.getRunspace();
        }
        Runspace runspace = RunspaceFactory.createRunspace(connection);
        runspace.open();
        return runspace;
    }

    /** Closes {@code runspace} when this target made it. */
    void release(Runspace runspace) {
        if (session == null && runspace != null) {
            runspace.dispose();
        }
    }
}
