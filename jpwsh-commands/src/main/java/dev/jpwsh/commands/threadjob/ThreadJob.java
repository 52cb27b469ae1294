package dev.jpwsh.commands.threadjob;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.runspaces.InitialSessionState;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.EnumSet;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A Start-ThreadJob job: its script, from its text, in a runspace of its own (CreateDefault2 in the starting session's language mode, with the
 * -StreamingHost or none), opened when the job starts and disposed when it ends. The -InitializationScript runs first
 * as an invocation of its own; then the script, with the -ArgumentList items as positional arguments and the piped
 * input as {@code $input}. Every stream goes to the job's streams.
 *
 * <p>States and transitions (JobState):
 * <pre>
 * NotStarted --the queue starts it------------------------> Running
 * NotStarted --Stop-Job------------------------------------> Stopped  (the queue skips it when its turn comes)
 * Running    --the script ended---------------------------> Completed
 * Running    --a terminating error------------------------> Failed   (Reason: its exception, written by Receive-Job)
 * Running    --Stop-Job (the running invocation stopped)--> Stopped  (Stop-Job waits for it)
 * </pre>
 * {@code stopRequested} and {@code invocation} are guarded by this (also the lock of the state): an invocation is
 * only started while no stop was requested, so a stop never misses one. The other fields are set before the job is
 * queued and not changed after.
 */
@DotNetName("ThreadJob.ThreadJob")
public final class ThreadJob extends Job {
    private final String givenName;
    private final String initializationScript;
    private final Object[] arguments;
    private final PSDataCollection<Object> input;
    private final Map<String, Object> usingValues;
    /** The starting session's current folder, where the job's runspace starts. */
    private final Path location;
    private final Host streamingHost;
    /** The job's runspace's session state: CreateDefault2 in the starting session's language mode (ChildSessions). */
    private final InitialSessionState session;
    private final CountDownLatch ended = new CountDownLatch(1);
    private boolean stopRequested;
    private PowerShell invocation;

    ThreadJob(String name, String script, String initializationScript, Object[] arguments,
            PSDataCollection<Object> input, Map<String, Object> usingValues, Path location, Host streamingHost,
            InitialSessionState session) {
        super(name, script);
        this.givenName = name;
        this.initializationScript = initializationScript;
        this.arguments = arguments;
        this.input = input;
        this.usingValues = usingValues;
        this.location = location;
        this.streamingHost = streamingHost;
        this.session = session;
    }

    /** {@return the -Name, else {@code Job<Id>}} */
    @Override
    public String getName() {
        return givenName != null ? givenName : "Job" + getId();
    }

    /** {@return {@code ThreadJob}} */
    @Override
    public String getPSJobTypeName() {
        return "ThreadJob";
    }

    /** {@return {@code PowerShell}: thread jobs run in this process} */
    @Override
    public String getLocation() {
        return "PowerShell";
    }

    /** {@return whether Output, Error, Progress, Verbose, Debug or Warning holds a record; Information does not count} */
    @Override
    public boolean getHasMoreData() {
        return !getOutput().isEmpty() || !getError().isEmpty() || !getProgress().isEmpty()
                || !getVerbose().isEmpty() || !getDebug().isEmpty() || !getWarning().isEmpty();
    }

    /** Stop-Job: a job still waiting to start is Stopped at once; a running one is stopped and waited for. */
    @Override
    public void StopJob() {
        PowerShell running;
        synchronized (this) {
            stopRequested = true;
            running = invocation;
        }
        if (transition(EnumSet.of(JobState.NotStarted), JobState.Stopped, null)) {
            return;
        }
        if (running != null) {
            running.stop();
        }
        if (getState() == JobState.Running) {
            try {
                ended.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the job now if it still waits in the throttle's queue, beside the ones the limit lets run. */
    @Override
    public void StartJob() {
        ThreadJobQueue.PROCESS.startNow(this);
    }

    /** Runs the job on the calling thread (the queue's), unless it was stopped while it waited. */
    void run() {
        if (!transition(EnumSet.of(JobState.NotStarted), JobState.Running, null)) {
            return;
        }
        Runspace runspace = streamingHost == null
                ? RunspaceFactory.createRunspace(session)
                : RunspaceFactory.createRunspace(streamingHost, session);
        try {
            runspace.open();
            runspace.context().setUsingValues(usingValues);
            SessionProviders.of(runspace.context()).startIn(location);
            if (initializationScript != null) {
                invoke(runspace, initializationScript, new Object[0]);
            }
            invoke(runspace, getCommand(), arguments);
            end(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(null);
        } catch (RuntimeException failure) {
            end(failure);
        } finally {
            runspace.dispose();
            ended.countDown();
        }
    }

    /** Completed, Stopped when a stop was requested, else Failed by {@code failure}, whose record goes to Error. */
    private void end(RuntimeException failure) {
        boolean stopped;
        synchronized (this) {
            stopped = stopRequested;
        }
        if (stopped) {
            transition(EnumSet.of(JobState.Running), JobState.Stopped, null);
        } else if (failure == null) {
            transition(EnumSet.of(JobState.Running), JobState.Completed, null);
        } else {
            transition(EnumSet.of(JobState.Running), JobState.Failed,
                    failure instanceof PSException ps ? ps.record().exception() : failure);
        }
    }

    private void invoke(Runspace runspace, String script, Object[] args) throws InterruptedException {
        PowerShell powerShell = PowerShell.create();
        try {
            PowerShellAsyncResult result = begin(powerShell, runspace, script, args);
            if (result != null) {
                powerShell.endInvoke(result);
            }
        } finally {
            synchronized (this) {
                invocation = null;
            }
            powerShell.dispose();
        }
    }

    /** Starts {@code script} in {@code runspace}, unless a stop came first (then null). */
    private synchronized PowerShellAsyncResult begin(PowerShell powerShell, Runspace runspace, String script,
            Object[] args) {
        if (stopRequested) {
            return null;
        }
        powerShell.setRunspace(runspace);
        powerShell.addScript(script);
        for (Object argument : args) {
            powerShell.addArgument(argument);
        }
        powerShell.getStreams().forwardTo(this);
        invocation = powerShell;
        return powerShell.beginInvoke(input, getOutput());
    }

}
