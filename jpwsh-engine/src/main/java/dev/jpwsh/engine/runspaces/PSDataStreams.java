package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * The streams of a {@link PowerShell} besides output. They keep what every invocation wrote until
 * {@link #clearStreams()}. Each collection is thread-safe; the fields are set once.
 */
@DotNetName("System.Management.Automation.PSDataStreams")
public final class PSDataStreams {
    private final PSDataCollection<Object> error = new PSDataCollection<>();
    private final PSDataCollection<Object> warning = new PSDataCollection<>();
    private final PSDataCollection<Object> verbose = new PSDataCollection<>();
    private final PSDataCollection<Object> debug = new PSDataCollection<>();
    private final PSDataCollection<Object> information = new PSDataCollection<>();
    private final PSDataCollection<Object> progress = new PSDataCollection<>();

    /** Empty streams; each PowerShell has one. */
    public PSDataStreams() {
    }

    /** {@return {@code Error}: the error records the invocations wrote} */
    public PSDataCollection<Object> getError() {
        return error;
    }

    /** {@return {@code Warning}: the warning records the invocations wrote} */
    public PSDataCollection<Object> getWarning() {
        return warning;
    }

    /** {@return {@code Verbose}: the verbose records the invocations wrote} */
    public PSDataCollection<Object> getVerbose() {
        return verbose;
    }

    /** {@return {@code Debug}: the debug records the invocations wrote} */
    public PSDataCollection<Object> getDebug() {
        return debug;
    }

    /** {@return {@code Information}: the information records the invocations wrote, Write-Host's included} */
    public PSDataCollection<Object> getInformation() {
        return information;
    }

    /** {@return {@code Progress}: the progress records the invocations wrote} */
    public PSDataCollection<Object> getProgress() {
        return progress;
    }

    /** {@code ClearStreams()}: empties every stream; nothing else does. */
    public void clearStreams() {
        error.clear();
        warning.clear();
        verbose.clear();
        debug.clear();
        information.clear();
        progress.clear();
    }
}
