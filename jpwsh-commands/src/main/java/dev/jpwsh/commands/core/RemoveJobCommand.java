package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobErrors;
import dev.jpwsh.engine.types.DotNetName;

/**
 * Remove-Job: drops finished jobs from the session's list. A job still running is an error unless
 * {@code -Force}, which stops it first.
 */
@DotNetName("Microsoft.PowerShell.Commands.RemoveJobCommand")
public final class RemoveJobCommand extends JobSelection {
    @Parameter(position = 0, valueFromPipeline = true)
    private Object job;

    @Parameter
    private Object id;

    @Parameter(aliases = {"F"})
    private boolean force;

    @Override
    Object ids() {
        return id;
    }

    @Override
    Object jobObjects() {
        return job;
    }

    @Override
    protected void processRecord() {
        for (Job selected : selectedJobs()) {
            if (!selected.getState().isFinished()) {
                if (!force) {
                    writeError(JobErrors.notFinished(commandType(), selected).record());
                    continue;
                }
                selected.StopJob();
            }
            frame().context().jobs().remove(selected);
        }
    }
}
