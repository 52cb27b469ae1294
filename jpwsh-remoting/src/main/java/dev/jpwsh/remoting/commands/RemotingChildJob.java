package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.engine.runspaces.PSDataStreams;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * One computer's part of a remote Invoke-Command: runs the command on its target's runspace (connecting first for
 * -HostName) and keeps what comes back, output with PSComputerName and RunspaceId, in its own streams. A failure to
 * connect, a broken connection or a terminating error of the command is an error record in its Error stream and
 * leaves it Failed, as pwsh's PSRemotingChildJob reports it.
 *
 * <p>States: NotStarted --its turn under the throttle--> Running --command ended--> Completed; Running --failure-->
 * Failed; NotStarted or Running --Stop-Job--> Stopped. {@code invocation} and {@code stopRequested} are guarded by
 * this; the rest is set before it starts.
 */
@DotNetName("System.Management.Automation.PSRemotingChildJob")
final class RemotingChildJob extends Job {
    private final RemoteTarget target;
    private final RemoteCommand command;
    private final PSDataCollection<Object> input;
    private final boolean hideComputerName;
    private final CountDownLatch ended = new CountDownLatch(1);
    private boolean stopRequested;
    private PowerShell invocation;

    RemotingChildJob(RemoteTarget target, RemoteCommand command, String script, PSDataCollection<Object> input,
            boolean hideComputerName) {
        super("", script);
        this.target = target;
        this.command = command;
        this.input = input;
        this.hideComputerName = hideComputerName;
    }

    @Override
    public String getName() {
        return "Job" + getId();
    }

    @Override
    public String getPSJobTypeName() {
        return "";
    }

    /** {@return the computer it runs on} */
    @Override
    public String getLocation() {
        return target.computerName();
    }

    @Override
    public boolean getHasMoreData() {
        return !getOutput().isEmpty() || !getError().isEmpty() || getMessageCount() > 0;
    }

    private int getMessageCount() {
        return messageStreams().stream().mapToInt(List::size).sum();
    }

    /** Runs the command on the calling thread, unless it was stopped before its turn. */
    void run() {
        if (!transition(EnumSet.of(JobState.NotStarted), JobState.Running, null)) {
            ended.countDown();
            return;
        }
        Runspace runspace = null;
        try {
            runspace = target.open();
            invoke(runspace);
            end(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(null);
        } catch (RuntimeException failure) {
            end(failure);
        } finally {
            target.release(runspace);
            ended.countDown();
        }
    }

    private void invoke(Runspace runspace) throws InterruptedException {
        PowerShell shell = PowerShell.create();
        try {
            PowerShellAsyncResult result = begin(shell, runspace);
            if (result != null) {
                shell.endInvoke(result);
            }
        } finally {
            synchronized (this) {
                invocation = null;
            }
            shell.dispose();
        }
    }

    private synchronized PowerShellAsyncResult begin(PowerShell shell, Runspace runspace) {
        if (stopRequested) {
            return null;
        }
        shell.setRunspace(runspace);
        command.addTo(shell);
        forward(shell.getStreams());
        invocation = shell;
        PSDataCollection<Object> output = new PSDataCollection<>();
        output.addDataAddedListener(item -> getOutput().add(hideComputerName ? RemoteOutput.hidden(item) : item));
        return shell.beginInvoke(input, output);
    }

    private void forward(PSDataStreams streams) {
        streams.getError().addDataAddedListener(record -> getError().add((ErrorRecord) record));
        List<PSDataCollection<Object>> from = List.of(streams.getWarning(), streams.getVerbose(), streams.getDebug(),
                streams.getInformation(), streams.getProgress());
        List<PSDataCollection<Object>> to = messageStreams();
        for (int i = 0; i < from.size(); i++) {
            from.get(i).addDataAddedListener(to.get(i)::add);
        }
    }

    /** Completed, Stopped after a stop, else Failed with {@code failure}'s record in Error. */
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
            ErrorRecord record = RemoteOutput.failureRecord(failure, target.computerName());
            getError().add(record);
            transition(EnumSet.of(JobState.Running), JobState.Failed, record.exception());
        }
    }

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
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
