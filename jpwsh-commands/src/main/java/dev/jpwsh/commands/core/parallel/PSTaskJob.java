package dev.jpwsh.commands.core.parallel;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.engine.runspaces.InitialSessionState;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * ForEach-Object -Parallel -AsJob: one {@link PSTaskChildJob} per input, added by the cmdlet's thread while it runs;
 * {@link #start} closes the list and runs the children on a dispatcher virtual thread, at most the throttle limit at
 * once, in runspaces of one pool ({@link TaskRunspaces}, reused unless -UseNewRunspace) that the dispatcher alone
 * uses and disposes when every task has ended. The job has no records of its own: Receive-Job takes its children's.
 *
 * <p>States and transitions (JobState):
 * <pre>
 * NotStarted --start-----------------------------------------> Running
 * Running    --every task ended, every child Completed--------> Completed
 * Running    --every task ended, some child not Completed-----> Failed    (no Reason)
 * Running    --Stop-Job (every child stopped, tasks ended)----> Stopped   (Reason: PipelineStoppedException)
 * </pre>
 * {@code children} is changed only before {@link #start} and read-only after (the thread start publishes it);
 * {@code stopRequested} is guarded by this; {@code ended} hands tasks from their threads to the dispatcher.
 */
@DotNetName("System.Management.Automation.PSTasks.PSTaskJob")
public final class PSTaskJob extends Job {
    private final Map<String, Object> usingValues;
    /** The caller's current folder, where each task starts. */
    private final java.nio.file.Path location;
    private final int throttleLimit;
    private final boolean useNewRunspace;
    private final InitialSessionState session;
    private final List<PSTaskChildJob> children = new ArrayList<>();
    private final BlockingQueue<ParallelTask> ended = new LinkedBlockingQueue<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private boolean stopRequested;

    /**
     * A NotStarted job for {@code script}; reads the {@code $using:} values at once, in {@code caller}.
     *
     * @param script the -Parallel block's text
     * @param caller the frame whose variables {@code $using:} reads
     * @param throttleLimit how many tasks run at once
     * @param useNewRunspace whether each task gets a runspace of its own
     * @throws dev.jpwsh.engine.exec.PSException for an unset or script-block {@code $using:} variable
     */
    public PSTaskJob(String script, Frame caller, InitialSessionState session, int throttleLimit,
            boolean useNewRunspace) {
        super(null, script);
        this.session = session;
        this.usingValues = UsingValues.of(script, caller);
        this.location = caller.context().location().currentFileSystemDirectory();
        this.throttleLimit = throttleLimit;
        this.useNewRunspace = useNewRunspace;
    }

    /**
     * Adds a child job for {@code input}; only before {@link #start}, on the thread that made the job.
     *
     * @param input the task's {@code $_}
     */
    public void add(Object input) {
        children.add(new PSTaskChildJob(getCommand(), input, usingValues, location, ended::add));
    }

    /** Running: starts the children's tasks, throttled, on a virtual thread of its own. */
    public void start() {
        transition(EnumSet.of(JobState.NotStarted), JobState.Running, null);
        EngineThreads.virtual("PSTaskJob:" + getId()).start(this::dispatch);
    }

    /** {@return {@code Job<Id>}} */
    @Override
    public String getName() {
        return "Job" + getId();
    }

    /** {@return {@code PSTaskJob}} */
    @Override
    public String getPSJobTypeName() {
        return "PSTaskJob";
    }

    /** {@return {@code PowerShell}: tasks run in this process} */
    @Override
    public String getLocation() {
        return "PowerShell";
    }

    /** {@return the child jobs, one per input, in input order} */
    @Override
    public List<Job> getChildJobs() {
        return Collections.unmodifiableList(children);
    }

    /** {@return whether a child has records to receive} */
    @Override
    public boolean getHasMoreData() {
        return children.stream().anyMatch(Job::getHasMoreData);
    }

    /** Stop-Job: stops every child (those not started never run) and waits until every task has ended. */
    @Override
    public void StopJob() {
        synchronized (this) {
            stopRequested = true;
        }
        children.forEach(PSTaskChildJob::StopJob);
        if (getState() == JobState.Running) {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void dispatch() {
        try (TaskRunspaces runspaces = new TaskRunspaces(useNewRunspace, session)) {
            int running = 0;
            try {
                for (PSTaskChildJob child : children) {
                    for (; running >= throttleLimit; running--) {
                        runspaces.giveBack(ended.take().runspace());
                    }
                    if (child.start(runspaces)) {
                        running++;
                    }
                }
                for (; running > 0; running--) {
                    runspaces.giveBack(ended.take().runspace());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } finally {
            end();
            done.countDown();
        }
    }

    private void end() {
        boolean stopped;
        synchronized (this) {
            stopped = stopRequested;
        }
        EnumSet<JobState> running = EnumSet.of(JobState.Running);
        if (stopped) {
            transition(running, JobState.Stopped, ParallelErrors.stopped());
        } else if (children.stream().allMatch(child -> child.getState() == JobState.Completed)) {
            transition(running, JobState.Completed, null);
        } else {
            transition(running, JobState.Failed, null);
        }
    }
}
