package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A job that runs PowerShell invocations on a runspace, one at a time, with every stream forwarded to its own: the
 * base of thread jobs and of Invoke-Command's remote child jobs.
 *
 * <p>States and transitions (JobState):
 * <pre>
 * NotStarted --its turn comes-----------------------------> Running
 * NotStarted --Stop-Job------------------------------------> Stopped  (its turn is then skipped)
 * Running    --the work ended------------------------------> Completed
 * Running    --a terminating error-------------------------> Failed   (Reason: as {@link #failed} says)
 * Running    --Stop-Job (the running invocation stopped)--> Stopped  (Stop-Job waits for it)
 * </pre>
 * {@code stopRequested} and {@code invocation} are guarded by this (also the lock of the state): an invocation is
 * only started while no stop was requested, so a stop never misses one.
 */
public abstract class InvocationJob extends Job {
    /** The work of a job, run once on the thread that runs the job. */
    @FunctionalInterface
    protected interface Work {
        void run() throws InterruptedException;
    }

    private final CountDownLatch ended = new CountDownLatch(1);
    private boolean stopRequested;
    private PowerShell invocation;

    protected InvocationJob(String name, String command) {
        super(name, command);
    }

    /** Runs {@code work} on the calling thread, unless the job was stopped before; ends the job by its outcome. */
    protected final void runJob(Work work) {
        if (!transition(EnumSet.of(JobState.NotStarted), JobState.Running, null)) {
            ended.countDown();
            return;
        }
        try {
            work.run();
            end(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(null);
        } catch (RuntimeException failure) {
            end(failure);
        } finally {
            ended.countDown();
        }
    }

    /**
     * Runs one invocation on {@code runspace} and waits for it, unless a stop came first.
     *
     * @param commands adds the commands to the invocation
     * @param input the pipeline input, or null for none
     * @param output where the output goes
     * @throws InterruptedException when the waiting thread is interrupted
     */
    protected final void invoke(Runspace runspace, Consumer<PowerShell> commands, PSDataCollection<?> input,
            PSDataCollection<Object> output) throws InterruptedException {
        invoke(runspace, commands, input, output, null);
    }

    /**
     * As {@link #invoke(Runspace, Consumer, PSDataCollection, PSDataCollection)}, with {@code host} (when not null)
     * as the invocation's host: a remote runspace's server asks it for what its commands ask their host.
     */
    protected final void invoke(Runspace runspace, Consumer<PowerShell> commands, PSDataCollection<?> input,
            PSDataCollection<Object> output, Host host) throws InterruptedException {
        PowerShell powerShell = PowerShell.create();
        try {
            PowerShellAsyncResult result = begin(powerShell, runspace, commands, input, output, host);
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

    private synchronized PowerShellAsyncResult begin(PowerShell powerShell, Runspace runspace,
            Consumer<PowerShell> commands, PSDataCollection<?> input, PSDataCollection<Object> output, Host host) {
        if (stopRequested) {
            return null;
        }
        powerShell.setRunspace(runspace);
        commands.accept(powerShell);
        powerShell.getStreams().forwardTo(this);
        invocation = powerShell;
        PSInvocationSettings settings = PSInvocationSettings.forRemotePipeline();
        if (host != null) {
            settings.setHost(host);
        }
        return powerShell.beginInvoke(input, output, settings, null, null);
    }

    /**
     * {@return the Reason of a job that failed with {@code failure}}: the exception of its error record. A subclass
     * may also write the record.
     */
    protected Throwable failed(RuntimeException failure) {
        return failure instanceof PSException ps ? ps.record().exception() : failure;
    }

    /** Completed, Stopped when a stop was requested, else Failed by {@code failure}. */
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
            transition(EnumSet.of(JobState.Running), JobState.Failed, failed(failure));
        }
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
}
