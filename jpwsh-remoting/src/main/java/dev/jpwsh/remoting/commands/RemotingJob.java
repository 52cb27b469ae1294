package dev.jpwsh.remoting.commands;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * A remote Invoke-Command as a job (pwsh's PSRemotingJob): one {@link RemotingChildJob} per computer or session,
 * at most ThrottleLimit of them running at once, each on a virtual thread of its own. Invoke-Command without -AsJob
 * runs one too and writes what its children produce as it comes; with -AsJob it is listed for the job cmdlets.
 *
 * <p>States: NotStarted --start--> Running --every child ended--> Completed, or Failed when a child failed, or
 * Stopped when a child was stopped; Running --Stop-Job--> Stopped once the children have stopped.
 */
@DotNetName("System.Management.Automation.PSRemotingJob")
final class RemotingJob extends Job {
    private final List<RemotingChildJob> children;
    private final Semaphore throttle;
    private int running;

    RemotingJob(String name, String script, List<RemotingChildJob> children, int throttleLimit) {
        super(name, script);
        this.children = List.copyOf(children);
        this.throttle = new Semaphore(throttleLimit);
    }

    @Override
    public String getName() {
        String name = super.getName();
        return name != null && !name.isEmpty() ? name : "Job" + getId();
    }

    /** {@return {@code RemoteJob}} */
    @Override
    public String getPSJobTypeName() {
        return "RemoteJob";
    }

    /** {@return the computers, comma-separated} */
    @Override
    public String getLocation() {
        return children.stream().map(Job::getLocation).collect(Collectors.joining(","));
    }

    @Override
    public List<Job> getChildJobs() {
        return List.copyOf(children);
    }

    @Override
    public boolean getHasMoreData() {
        return children.stream().anyMatch(Job::getHasMoreData);
    }

    /** Starts every child, each when the throttle lets it. */
    void start() {
        transition(EnumSet.of(JobState.NotStarted), JobState.Running, null);
        synchronized (this) {
            running = children.size();
        }
        if (children.isEmpty()) {
            finish();
            return;
        }
        for (RemotingChildJob child : children) {
            EngineThreads.virtual("Invoke-Command " + child.getLocation()).start(() -> {
                throttle.acquireUninterruptibly();
                try {
                    child.run();
                } finally {
                    throttle.release();
                    childEnded();
                }
            });
        }
    }

    private void childEnded() {
        boolean last;
        synchronized (this) {
            last = --running == 0;
        }
        if (last) {
            finish();
        }
    }

    private void finish() {
        JobState end = JobState.Completed;
        for (RemotingChildJob child : children) {
            if (child.getState() == JobState.Failed) {
                end = JobState.Failed;
            } else if (child.getState() == JobState.Stopped && end == JobState.Completed) {
                end = JobState.Stopped;
            }
        }
        transition(EnumSet.of(JobState.Running), end, null);
    }

    @Override
    public void StopJob() {
        children.forEach(RemotingChildJob::StopJob);
    }
}
