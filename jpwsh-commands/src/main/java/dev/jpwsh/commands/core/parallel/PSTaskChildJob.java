package dev.jpwsh.commands.core.parallel;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One input of a ForEach-Object -Parallel -AsJob call: its {@link ParallelTask}, whose streams go to this job's
 * streams as they come, on the task's thread.
 *
 * <p>States and transitions (JobState):
 * <pre>
 * NotStarted --its parent starts the task--> Running
 * NotStarted --Stop-Job--------------------> Stopped  (the parent skips it)
 * Running    --the script ended------------> Completed
 * Running    --a terminating error---------> Failed   (Reason: its exception, written by Receive-Job)
 * Running    --Stop-Job--------------------> Stopped  (Reason: PipelineStoppedException)
 * </pre>
 * {@code task} and {@code stopRequested} are guarded by this: a task is only started while no stop was requested, so
 * a stop never misses one. The job's state moves before the parent hears that the task has ended, so a parent that
 * has heard from every task sees every child finished, with all its records.
 */
@DotNetName("System.Management.Automation.PSTasks.PSTaskChildJob")
public final class PSTaskChildJob extends Job {
    private final Object input;
    private final Map<String, Object> usingValues;
    private final java.nio.file.Path location;
    private final Consumer<ParallelTask> ended;
    private ParallelTask task;
    private boolean stopRequested;

    /** {@code ended} hears, on the task's thread, that the task has ended and its runspace is free. */
    PSTaskChildJob(String script, Object input, Map<String, Object> usingValues, java.nio.file.Path location,
            Consumer<ParallelTask> ended) {
        super(null, script);
        this.input = input;
        this.usingValues = usingValues;
        this.location = location;
        this.ended = ended;
    }

    /** {@return {@code Job<Id>}} */
    @Override
    public String getName() {
        return "Job" + getId();
    }

    /** {@return {@code PSTaskChildJob}} */
    @Override
    public String getPSJobTypeName() {
        return "PSTaskChildJob";
    }

    /** {@return {@code PowerShell}: tasks run in this process} */
    @Override
    public String getLocation() {
        return "PowerShell";
    }

    /** {@return whether any of its streams, Information included, holds a record} */
    @Override
    public boolean getHasMoreData() {
        return !getOutput().isEmpty() || !getError().isEmpty()
                || messageStreams().stream().anyMatch(stream -> !stream.isEmpty());
    }

    /** Stop-Job: a task not started yet never runs; a running one is told to stop, without waiting. */
    @Override
    public void StopJob() {
        ParallelTask toStop;
        synchronized (this) {
            stopRequested = true;
            toStop = task;
        }
        if (toStop != null) {
            toStop.stop();
        } else {
            transition(EnumSet.of(JobState.NotStarted), JobState.Stopped, ParallelErrors.stopped());
        }
    }

    /** Starts the task in a runspace of {@code runspaces}; false, and nothing taken, when it was stopped first. */
    synchronized boolean start(TaskRunspaces runspaces) {
        if (stopRequested) {
            return false;
        }
        task = new ParallelTask(getCommand(), input, usingValues, location, this::record);
        transition(EnumSet.of(JobState.NotStarted), JobState.Running, null);
        task.start(runspaces.take(task.id()));
        return true;
    }

    private void record(TaskEvent event) {
        switch (event) {
            case TaskEvent.Output(Object value) -> getOutput().add(value);
            case TaskEvent.Error(Object record) -> {
                if (record instanceof ErrorRecord error) {
                    getError().add(error);
                }
            }
            case TaskEvent.Message(int stream, Object record) -> messageStreams().get(stream).add(record);
            case TaskEvent.Finished(ParallelTask finished, Throwable failure) -> {
                end(finished, failure);
                ended.accept(finished);
            }
        }
    }

    private void end(ParallelTask finished, Throwable failure) {
        EnumSet<JobState> running = EnumSet.of(JobState.Running);
        if (finished.stopRequested()) {
            transition(running, JobState.Stopped, ParallelErrors.stopped());
        } else if (failure == null) {
            transition(running, JobState.Completed, null);
        } else {
            transition(running, JobState.Failed, failure instanceof PSException ps ? ps.record().exception() : failure);
        }
    }
}
