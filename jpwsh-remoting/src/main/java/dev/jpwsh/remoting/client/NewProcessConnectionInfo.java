package dev.jpwsh.remoting.client;

import dev.jpwsh.engine.runspaces.RemoteSession;
import dev.jpwsh.engine.runspaces.RunspaceConnectionInfo;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;

/**
 * {@code [System.Management.Automation.Runspaces.NewProcessConnectionInfo]}: a runspace in a new jpwsh process of its
 * own, reached over the child's standard streams (Start-Job's runspaces). Its computer name is {@code localhost};
 * the job sets the location to its working directory as its first command when that is not where the process started
 * (a spare process started before the job).
 */
@DotNetName("System.Management.Automation.Runspaces.NewProcessConnectionInfo")
public final class NewProcessConnectionInfo extends RunspaceConnectionInfo {
    private static final int OPEN_TIMEOUT = 60_000;

    private final Path workingDirectory;

    /** @param workingDirectory where the job starts, or null for this process's current directory */
    public NewProcessConnectionInfo(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** {@return always {@code localhost}} */
    @Override
    public String getComputerName() {
        return "localhost";
    }

    @Override
    public int getOpenTimeout() {
        return OPEN_TIMEOUT;
    }

    /** {@return the folder the job starts in, or null for this process's current directory} */
    public Path getWorkingDirectory() {
        return workingDirectory;
    }

    /**
     * {@return whether the job must move to its working directory: one is given and it is not the directory this
     * process started in, where its child processes start}
     */
    public boolean startsElsewhere() {
        return workingDirectory != null
                && !workingDirectory.equals(Path.of(System.getProperty("user.dir")).toAbsolutePath());
    }

    @Override
    protected RemoteSession newSession() {
        return new ClientSession(this, new ChildProcessTransport());
    }

    @Override
    public String toString() {
        return "System.Management.Automation.Runspaces.NewProcessConnectionInfo";
    }
}
