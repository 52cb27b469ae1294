package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.engine.job.JobWatch;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Wait-Job: waits until every selected job has ended (with -Any, one of them) and writes those jobs. Ended means
 * finished or, without -Force, suspended or disconnected. When -Timeout seconds (counted from the start of the
 * command; -1, the default, is for ever) run out first, it writes nothing and reports no error; -Timeout 0 returns at
 * once. A stop (Ctrl+C) ends the wait with no output. Event actions do not run while it waits (as in pwsh, it is
 * no checkpoint), so an event job it waits for ends only when something else stops it. The default set is the Job
 * one, as for Stop-Job.
 */
@DefaultParameterSet(JobSelection.JOB_SET)
@DotNetName("Microsoft.PowerShell.Commands.WaitJobCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.Job"})
public final class WaitJobCommand extends JobTargets {
    @Parameter
    private boolean any;

    @Parameter(aliases = {"TimeoutSec"})
    private int timeout = -1;

    @Parameter
    private boolean force;

    private final List<Job> waited = new ArrayList<>();
    private long startNanos;

    @Override
    protected void beginProcessing() {
        startNanos = System.nanoTime();
    }

    @Override
    protected void processRecord() {
        waited.addAll(selectedJobs());
    }

    @Override
    protected void endProcessing() {
        if (timeout == 0 || waited.isEmpty()) {
            return;
        }
        try (JobWatch watch = new JobWatch(waited)) {
            while (true) {
                List<Job> ended = waited.stream().filter(this::ended).toList();
                if (any ? !ended.isEmpty() : ended.size() == waited.size()) {
                    (any ? ended.subList(0, 1) : ended).forEach(this::writeObject);
                    return;
                }
                long left = timeout < 0 ? -1 : startNanos + TimeUnit.SECONDS.toNanos(timeout) - System.nanoTime();
                if (timeout > 0 && left <= 0 || !watch.awaitChange(left)) {
                    return;
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean ended(Job candidate) {
        JobState now = candidate.getState();
        return force ? now.isFinished() : now.isPersistent();
    }
}
