package dev.jpwsh.engine.job;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.exec.InstanceIds;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.exec.StateInfo;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * What every job has: an Id from the one process-wide counter all kinds of job share, an InstanceId, a name,
 * the command it runs, its state, and what it has produced in each stream (Output, Error, Warning, Verbose, Debug,
 * Information, Progress). Subclasses say which transitions they make. Every transition and every record added to a
 * stream is a change that wakes the job cmdlets
 * waiting on the job ({@link JobWatch}); change listeners run on the changing thread, after the state's lock is
 * released. {@code stateInfo} is guarded by this; the collections guard themselves, the listener list is
 * copy-on-write.
 */
@DotNetName("System.Management.Automation.Job")
public abstract class Job {
    private static final AtomicInteger LAST_ID = new AtomicInteger();

    private final int id = LAST_ID.incrementAndGet();
    private final Guid instanceId = InstanceIds.next();
    private final String name;
    private final String command;
    private final PSDataCollection<Object> output = new PSDataCollection<>();
    private final PSDataCollection<ErrorRecord> error = new PSDataCollection<>();
    private final PSDataCollection<Object> warning = new PSDataCollection<>();
    private final PSDataCollection<Object> verbose = new PSDataCollection<>();
    private final PSDataCollection<Object> debug = new PSDataCollection<>();
    private final PSDataCollection<Object> information = new PSDataCollection<>();
    private final PSDataCollection<Object> progress = new PSDataCollection<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    /** Calls on a host, in order, waiting for a Receive-Job to run them on its own; any thread adds or takes. */
    private final Queue<Consumer<Host>> hostCalls = new ConcurrentLinkedQueue<>();
    private StateInfo<JobState> stateInfo = new StateInfo<>(JobState.NotStarted, null);
    /** When the job first ran and when it finished, or null; guarded by this. */
    private DateTime beginTime;
    private DateTime endTime;

    /**
     * A NotStarted job with the next Id of the process-wide counter and a new InstanceId.
     *
     * @param name its Name
     * @param command its Command: the text of what it runs
     */
    protected Job(String name, String command) {
        this.name = name;
        this.command = command;
        output.addDataAddedListener(item -> changed());
        error.addDataAddedListener(item -> changed());
        for (PSDataCollection<Object> messages : messageStreams()) {
            messages.addDataAddedListener(item -> changed());
        }
    }

    /**
     * {@return {@code Id}: the job's number, unique in the process, as every kind of job takes the next one from one
     * counter}
     */
    public int getId() {
        return id;
    }

    /** {@return {@code InstanceId}: a new GUID for each job} */
    public Guid getInstanceId() {
        return instanceId;
    }

    /**
     * {@return {@code Name}: what Get-Job -Name matches (an event job's is its source identifier); {@code Job<Id>}
     * for a job made without one}
     */
    public String getName() {
        return name != null ? name : "Job" + id;
    }

    /** {@return {@code Command}: the text of what the job runs; an event job's is its action's} */
    public String getCommand() {
        return command;
    }

    /** {@return {@code Location}: where the job runs; empty unless a subclass says otherwise} */
    public String getLocation() {
        return "";
    }

    /** {@return {@code PSJobTypeName}: the kind of job, as Get-Job shows it} */
    public abstract String getPSJobTypeName();

    /** {@return {@code HasMoreData}: whether the job has results to receive, as each kind of job counts them} */
    public abstract boolean getHasMoreData();

    /** {@return {@code JobStateInfo}: the state and, for a failure, its Reason, read together} */
    public synchronized StateInfo<JobState> getJobStateInfo() {
        return stateInfo;
    }

    /** {@return the state of {@link #getJobStateInfo()}} */
    public JobState getState() {
        return getJobStateInfo().state();
    }

    /** {@return {@code PSBeginTime}: when the job started running, or null before} */
    public synchronized DateTime getPSBeginTime() {
        return beginTime;
    }

    /** {@return {@code PSEndTime}: when the job finished (Completed, Failed or Stopped), or null before} */
    public synchronized DateTime getPSEndTime() {
        return endTime;
    }

    /** {@return {@code ChildJobs}: empty unless a subclass has child jobs} */
    public List<Job> getChildJobs() {
        return List.of();
    }

    /** {@return {@code Output}: what the job wrote to its output; Receive-Job takes it out unless {@code -Keep}} */
    public PSDataCollection<Object> getOutput() {
        return output;
    }

    /** {@return {@code Error}: the error records the job wrote; Receive-Job takes them out unless {@code -Keep}} */
    public PSDataCollection<ErrorRecord> getError() {
        return error;
    }

    /** {@return {@code Warning}: the warning records the job wrote} */
    public PSDataCollection<Object> getWarning() {
        return warning;
    }

    /** {@return {@code Verbose}: the verbose records the job wrote} */
    public PSDataCollection<Object> getVerbose() {
        return verbose;
    }

    /** {@return {@code Debug}: the debug records the job wrote} */
    public PSDataCollection<Object> getDebug() {
        return debug;
    }

    /** {@return {@code Information}: the information records the job wrote, Write-Host's included} */
    public PSDataCollection<Object> getInformation() {
        return information;
    }

    /** {@return {@code Progress}: the progress records the job wrote} */
    public PSDataCollection<Object> getProgress() {
        return progress;
    }

    /** {@return Warning, Verbose, Debug, Information and Progress, in the order Receive-Job writes them} */
    public List<PSDataCollection<Object>> messageStreams() {
        return List.of(warning, verbose, debug, information, progress);
    }

    /** Stop-Job: ends the job; it reaches a finished state. */
    public abstract void StopJob();

    /** Job2's {@code StopJob(force, reason)}: as {@link #StopJob()}; the reason is not kept. */
    public void StopJob(boolean force, String reason) {
        StopJob();
    }

    /** Job2's {@code StopJobAsync()}: stops the job; it has stopped when the call returns. */
    public void StopJobAsync() {
        StopJob();
    }

    /** Job2's {@code StopJobAsync(force, reason)}: as {@link #StopJobAsync()}. */
    public void StopJobAsync(boolean force, String reason) {
        StopJob();
    }

    /** Job2's {@code StartJob()}: starts a job still waiting its turn; a started job is left as it is. */
    public void StartJob() {
    }

    /** Job2's {@code StartJobAsync()}: as {@link #StartJob()}. */
    public void StartJobAsync() {
        StartJob();
    }

    /**
     * Moves to {@code to} when the state is one of {@code from}; false when it is not.
     *
     * @param from the states it may move from
     * @param to the new state
     * @param reason the new JobStateInfo.Reason; null unless the job failed
     * @return whether it moved (and woke the watching cmdlets)
     */
    protected final boolean transition(Set<JobState> from, JobState to, Throwable reason) {
        synchronized (this) {
            if (!from.contains(stateInfo.state())) {
                return false;
            }
            stateInfo = new StateInfo<>(to, reason);
            if (to == JobState.Running && beginTime == null) {
                beginTime = DateTime.getNow();
            }
            if (to.isFinished() && endTime == null) {
                endTime = DateTime.getNow();
            }
        }
        changed();
        return true;
    }

    /**
     * Queues a call on a host, made by what the job runs, for the next Receive-Job to run on its host (as pwsh's jobs
     * hand their host calls to Receive-Job); the watching cmdlets wake.
     */
    public void addHostCall(Consumer<Host> call) {
        hostCalls.add(call);
        changed();
    }

    /** {@return the oldest host call waiting for a Receive-Job, taken from the queue, or null when there is none} */
    public Consumer<Host> takeHostCall() {
        return hostCalls.poll();
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

    /** {@return the job's .NET type name, from its class's {@link DotNetName}, as PowerShell shows the object} */
    @Override
    public String toString() {
        DotNetName name = getClass().getAnnotation(DotNetName.class);
        return name == null ? "System.Management.Automation.Job" : name.value();
    }
}
