package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

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

    /**
     * Adds every record these streams get from now on to {@code job}'s Error, Warning, Verbose, Debug, Information
     * and Progress: what a job that runs its own invocations does with each one's streams.
     *
     * @param job the job collecting the records
     */
    public void forwardTo(Job job) {
        getError().addDataAddedListener(record -> job.getError().add((ErrorRecord) record));
        List<PSDataCollection<Object>> from = List.of(getWarning(), getVerbose(), getDebug(), getInformation(),
                getProgress());
        List<PSDataCollection<Object>> to = job.messageStreams();
        for (int i = 0; i < from.size(); i++) {
            from.get(i).addDataAddedListener(to.get(i)::add);
        }
    }
}
