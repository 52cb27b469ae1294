package dev.jpwsh.engine.job;

import dev.jpwsh.engine.runspaces.PSDataCollection;
import dev.jpwsh.engine.runspaces.StateInfo;
import dev.jpwsh.engine.types.DotNetName;
import dev.jpwsh.engine.types.dotnet.SystemStatics.Guid;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every job has: an Id from the one process-wide counter all kinds of job share, an InstanceId, a name,
 * the command it runs, its state, and the Output and Error it has produced. Subclasses say which transitions
 * they make. Every transition and every record added to Output or Error is a change that wakes the job cmdlets
 * waiting on the job ({@link JobWatch}); change listeners run on the changing thread, after the state's lock is
 * released. {@code stateInfo} is guarded by this; the collections guard themselves, the listener list is
 * copy-on-write.
 */
@DotNetName("System.Management.Automation.Job")
public abstract class Job {
    private static final AtomicInteger LAST_ID = new AtomicInteger();

    private final int id = LAST_ID.incrementAndGet();
    private final Guid instanceId = Guid.NewGuid();
    private final String name;
    private final String command;
    private final PSDataCollection<Object> output = new PSDataCollection<>();
    private final PSDataCollection<ErrorRecord> error = new PSDataCollection<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private StateInfo<JobState> stateInfo = new StateInfo<>(JobState.NotStarted, null);

    protected Job(String name, String command) {
        this.name = name;
        this.command = command;
        output.addDataAddedListener(item -> changed());
        error.addDataAddedListener(item -> changed());
    }

    public int getId() {
        return id;
    }

    public Guid getInstanceId() {
        return instanceId;
    }

    public String getName() {
        return name;
    }

    public String getCommand() {
        return command;
    }

    public String getLocation() {
        return "";
    }

    public abstract String getPSJobTypeName();

    public abstract boolean getHasMoreData();

    public synchronized StateInfo<JobState> getJobStateInfo() {
        return stateInfo;
    }

    public JobState getState() {
        return getJobStateInfo().state();
    }

    public List<Job> getChildJobs() {
        return List.of();
    }

    public PSDataCollection<Object> getOutput() {
        return output;
    }

    public PSDataCollection<ErrorRecord> getError() {
        return error;
    }

    /** Stop-Job: ends the job; it reaches a finished state. */
    public abstract void StopJob();

    /** Moves to {@code to} when the state is one of {@code from}; false when it is not. */
    protected final boolean transition(Set<JobState> from, JobState to, Throwable reason) {
        synchronized (this) {
            if (!from.contains(stateInfo.state())) {
                return false;
            }
            stateInfo = new StateInfo<>(to, reason);
        }
        changed();
        return true;
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    @Override
    public String toString() {
        DotNetName name = getClass().getAnnotation(DotNetName.class);
        return name == null ? "System.Management.Automation.Job" : name.value();
    }
}
