package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.types.DotNetName;

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

    public PSDataCollection<Object> getError() {
        return error;
    }

    public PSDataCollection<Object> getWarning() {
        return warning;
    }

    public PSDataCollection<Object> getVerbose() {
        return verbose;
    }

    public PSDataCollection<Object> getDebug() {
        return debug;
    }

    public PSDataCollection<Object> getInformation() {
        return information;
    }

    public PSDataCollection<Object> getProgress() {
        return progress;
    }

    public void clearStreams() {
        error.clear();
        warning.clear();
        verbose.clear();
        debug.clear();
        information.clear();
        progress.clear();
    }
}
