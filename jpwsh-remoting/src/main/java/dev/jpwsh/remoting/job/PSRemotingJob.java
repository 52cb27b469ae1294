package dev.jpwsh.remoting.job;

import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.remoting.client.NewProcessConnectionInfo;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.EnumSet;
import java.util.List;

/**
 * A Start-Job job: its Id is the next of the process-wide counter, its one {@link PSRemotingChildJob}'s the one
 * after, as pwsh numbers them. It has no records of its own (Receive-Job takes the child's) and follows the child's
 * state: Running once started, Blocked while the child waits for a prompt's answer, then the child's final state,
 * without a Reason (the child's Reason says why it failed).
 */
@DotNetName("System.Management.Automation.PSRemotingJob")
public final class PSRemotingJob extends Job {
    private final PSRemotingChildJob child;

    PSRemotingJob(String name, JobScript script, String command, String initializationScript, Object[] arguments,
            PSDataCollection<Object> input, NewProcessConnectionInfo connectionInfo) {
        super(name, command);
        this.child = new PSRemotingChildJob(script, command, initializationScript, arguments, input, connectionInfo,
                (state, reason) -> transition(EnumSet.of(JobState.NotStarted, JobState.Running, JobState.Blocked),
                        state, null));
    }

    /** Starts the child job. */
    void start() {
        transition(EnumSet.of(JobState.NotStarted), JobState.Running, null);
        child.start();
    }

    /** {@return {@code BackgroundJob}} */
    @Override
    public String getPSJobTypeName() {
        return "BackgroundJob";
    }

    /** {@return {@code localhost}} */
    @Override
    public String getLocation() {
        return child.getLocation();
    }

    /** {@return the one child job} */
    @Override
    public List<Job> getChildJobs() {
        return List.of(child);
    }

    /** {@return whether the child has more to receive} */
    @Override
    public boolean getHasMoreData() {
        return child.getHasMoreData();
    }

    /** Stop-Job: stops the child, which ends its process. */
    @Override
    public void StopJob() {
        child.StopJob();
    }
}
