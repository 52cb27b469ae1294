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

    private final Path directory;
    private final String workingDirectory;

    /** @param directory where the job starts, or null for this process's current directory */
    public NewProcessConnectionInfo(Path directory) {
        this(directory, directory == null ? null : directory.toString());
    }

    /**
     * @param directory where the job starts, or null for this process's current directory
     * @param workingDirectory that folder as the job's location is set to it (a PowerShell path such as
     *     {@code Temp:/} stays one, so the job's {@code $PWD} shows it as pwsh's does)
     */
    public NewProcessConnectionInfo(Path directory, String workingDirectory) {
        this.directory = directory;
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

    /** {@return the location the job starts in, as given, or null for this process's current directory} */
    public String getWorkingDirectory() {
        return workingDirectory;
    }

    /**
     * {@return whether the job must set its location: a working directory is given, and it is not, written as that
     * folder's path, the directory this process started in (where its child processes start)}
     */
    public boolean startsElsewhere() {
        boolean startFolder = directory != null && workingDirectory.equals(directory.toString())
                && directory.equals(Path.of(System.getProperty("user.dir")).toAbsolutePath());
        return workingDirectory != null && !startFolder;
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
