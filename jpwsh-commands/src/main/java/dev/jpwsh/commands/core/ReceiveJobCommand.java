package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.types.DotNetName;
import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * Receive-Job: writes what the jobs have produced, output to the pipeline and errors as non-terminating
 * errors, and takes it out of the job unless {@code -Keep}.
 */
@DotNetName("Microsoft.PowerShell.Commands.ReceiveJobCommand")
public final class ReceiveJobCommand extends JobSelection {
    @Parameter(position = 0, valueFromPipeline = true)
    private Object job;

    @Parameter
    private Object id;

    @Parameter
    private boolean keep;

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
            if (keep) {
                selected.getOutput().forEach(this::writeObject);
                selected.getError().forEach(this::passOnError);
            } else {
                selected.getOutput().readAll().forEach(this::writeObject);
                for (ErrorRecord error : selected.getError().readAll()) {
                    passOnError(error);
                }
            }
        }
    }
}
