package dev.jpwsh.remoting.job;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.engine.runspaces.PSInvocationSettings;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.remoting.client.NewProcessConnectionInfo;
import dev.jpwsh.remoting.protocol.OriginInfo;
import dev.jpwsh.remoting.protocol.RemoteRecords;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.AutomationExceptions.PipelineStoppedException;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSHashtable;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The one child job of a Start-Job job: a remote runspace in a new jpwsh process where it moves to the working
 * directory and sets the {@code $using:} values, runs the -InitializationScript, then the script with the
 * -ArgumentList and the piped input. Output arrives
 * deserialized, each stream into the job's.
 *
 * <p>States (JobState): NotStarted --start--> Running --the script ended--> Completed; Running --terminating error,
 * the child process died--> Failed (Reason: the error); Running --a prompt ({@link JobHost})--> Blocked --a
 * Receive-Job answered it--> Running; NotStarted, Running or Blocked --Stop-Job--> Stopped (a waiting prompt is
 * cancelled, the running command stopped and the process ended). Each state but NotStarted is told to the parent,
 * each final one before Stop-Job returns. {@code stopRequested}, {@code invocation} and {@code runspace} are guarded
 * by this; {@code prompts} is a concurrent set.
 */
@DotNetName("System.Management.Automation.PSRemotingChildJob")
public final class PSRemotingChildJob extends Job {
    private static final Set<JobState> RUNNING = EnumSet.of(JobState.Running, JobState.Blocked);

    private final JobScript script;
    private final String initializationScript;
    private final Object[] arguments;
    private final PSDataCollection<Object> input;
    private final NewProcessConnectionInfo connectionInfo;
    private final BiConsumer<JobState, Throwable> ended;
    private final CountDownLatch done = new CountDownLatch(1);
    private boolean stopRequested;
    /** The answers the job's prompts wait for, cancelled by Stop-Job. */
    private final Set<CompletableFuture<Object>> prompts = ConcurrentHashMap.newKeySet();
    private PowerShell invocation;
    private Runspace runspace;
    /** The child's runspace id once it is open, for the origin of the errors; the empty Guid before. */
    private volatile Guid runspaceId = Guid.Empty;

    PSRemotingChildJob(JobScript script, String command, String initializationScript, Object[] arguments,
            PSDataCollection<Object> input, NewProcessConnectionInfo connectionInfo,
            BiConsumer<JobState, Throwable> ended) {
        super(null, command);
        this.script = script;
        this.initializationScript = initializationScript;
        this.arguments = arguments;
        this.input = input;
        this.connectionInfo = connectionInfo;
        this.ended = ended;
        getError().addDataAddedListener(record -> RemoteRecords.fromOrigin((ErrorRecord) record, new OriginInfo(
                connectionInfo.getComputerName(), runspaceId, Guid.Empty)));
    }

    /** {@return empty: a child job has no type name of its own} */
    @Override
    public String getPSJobTypeName() {
        return "";
    }

    /** {@return {@code localhost}, the computer of its runspace} */
    @Override
    public String getLocation() {
        return connectionInfo.getComputerName();
    }

    /** {@return whether more can come (the job has not finished) or a stream holds a record} */
    @Override
    public boolean getHasMoreData() {
        return !getState().isFinished() || !getOutput().isEmpty() || !getError().isEmpty()
                || messageStreams().stream().anyMatch(s -> !s.isEmpty());
    }

    /** Starts the job on a virtual thread of its own. */
    void start() {
        if (transition(EnumSet.of(JobState.NotStarted), JobState.Running, null)) {
            EngineThreads.virtual("Start-Job " + getId()).start(this::run);
        }
    }

    /** Stop-Job: stops the running command, ends the child process and waits until the job has ended. */
    @Override
    public void StopJob() {
        PowerShell running;
        Runspace open;
        synchronized (this) {
            stopRequested = true;
            running = invocation;
            open = runspace;
        }
        if (transition(EnumSet.of(JobState.NotStarted), JobState.Stopped, null)) {
            ended.accept(JobState.Stopped, null);
            return;
        }
        prompts.forEach(prompt -> prompt.cancel(false));
        if (running != null) {
            running.stop();
        }
        if (open != null) {
            open.dispose();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Throwable failure = null;
        try {
            Runspace opened = RunspaceFactory.createRunspace(new JobHost(this), connectionInfo);
            synchronized (this) {
                runspace = opened;
            }
            opened.open();
            runspaceId = opened.getInstanceId();
            Object location = connectionInfo.startsElsewhere() ? connectionInfo.getWorkingDirectory() : null;
            if (location != null || !script.usingValues().isEmpty()) {
                invoke(opened, JobScript.PRELUDE, new Object[] {location, new PSHashtable(script.usingValues())},
                        null);
            }
            if (initializationScript != null) {
                invoke(opened, initializationScript, new Object[0], null);
            }
            invoke(opened, script.text(), arguments, input);
        } catch (PSException e) {
            failure = e.record().exception();
        } catch (RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            end(failure);
        }
    }

    /**
     * Asks the next Receive-Job's host: queues {@code call} and waits, Blocked (the parent too), until a Receive-Job
     * has run it; Running again after.
     *
     * @return what the call returned on the receiving host
     * @throws RuntimeException what the call threw there, or a stopped pipeline's error when Stop-Job came first
     */
    @SuppressWarnings("unchecked")
    <T> T askReceiver(Function<Host, T> call) {
        CompletableFuture<Object> answer = new CompletableFuture<>();
        prompts.add(answer);
        addHostCall(host -> {
            try {
                answer.complete(call.apply(host));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        if (transition(EnumSet.of(JobState.Running), JobState.Blocked, null)) {
            ended.accept(JobState.Blocked, null);
        }
        try {
            return (T) answer.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (CancellationException | InterruptedException e) {
            throw new PipelineStoppedException();
        } finally {
            prompts.remove(answer);
            if (transition(EnumSet.of(JobState.Blocked), JobState.Running, null)) {
                ended.accept(JobState.Running, null);
            }
        }
    }

    private void end(Throwable failure) {
        Runspace open;
        boolean stopped;
        synchronized (this) {
            open = runspace;
            stopped = stopRequested;
        }
        if (open != null) {
            open.dispose();
        }
        JobState outcome = stopped ? JobState.Stopped : failure == null ? JobState.Completed : JobState.Failed;
        Throwable reason = outcome == JobState.Failed ? failure : null;
        transition(RUNNING, outcome, reason);
        ended.accept(outcome, reason);
        done.countDown();
    }

    private void invoke(Runspace on, String text, Object[] args, PSDataCollection<Object> pipedInput)
            throws InterruptedException {
        PowerShell shell = PowerShell.create();
        try {
            synchronized (this) {
                if (stopRequested) {
                    return;
                }
                shell.setRunspace(on);
                shell.addScript(text);
                for (Object argument : args) {
                    shell.addArgument(argument);
                }
                shell.getStreams().forwardTo(this);
                invocation = shell;
            }
            shell.endInvoke(shell.beginInvoke(pipedInput, getOutput(), PSInvocationSettings.forRemotePipeline(), null,
                    null));
        } finally {
            synchronized (this) {
                invocation = null;
            }
            shell.dispose();
        }
    }
}
