package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * Stop-Job: stops each selected job that is not finished yet (an event job's subscription ends, its pending
 * actions run, and it is Stopped); finished ones are left alone. With -PassThru it writes, at the end, every job it
 * was given, stopped or already finished. pwsh's default set is the Id one; here it is the Job one, so that piped
 * jobs bind by value (sets are chosen before input arrives), while a positional Id still binds by its type.
 */
@DefaultParameterSet(JobSelection.JOB_SET)
@DotNetName("Microsoft.PowerShell.Commands.StopJobCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.Job"})
@SupportsShouldProcess
public final class StopJobCommand extends JobTargets {
    @Parameter
    private boolean passThru;

    private final List<Job> given = new ArrayList<>();

    @Override
    protected void processRecord() {
        for (Job selected : selectedJobs()) {
            given.add(selected);
            if (!selected.getState().isFinished()) {
                selected.StopJob();
            }
        }
    }

    @Override
    protected void endProcessing() {
        if (passThru) {
            given.forEach(this::writeObject);
        }
    }
}
