package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobErrors;
import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Remove-Job: drops jobs from the session's list. One that is not finished is an error
 * (JobObjectNotFinishedCannotBeRemoved) unless -Force, which stops it first; jobs selected by -State are stopped
 * and removed without -Force, as in pwsh. The default set is the Job one, as for Stop-Job.
 */
@DefaultParameterSet(JobSelection.JOB_SET)
@DotNetName("Microsoft.PowerShell.Commands.RemoveJobCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.Job"})
@SupportsShouldProcess
public final class RemoveJobCommand extends JobTargets {
    @Parameter(parameterSetName = JOB_SET, aliases = {"F"})
    @Parameter(parameterSetName = ID_SET, aliases = {"F"})
    @Parameter(parameterSetName = NAME_SET, aliases = {"F"})
    @Parameter(parameterSetName = INSTANCE_ID_SET, aliases = {"F"})
    private boolean force;

    @Override
    protected void processRecord() {
        boolean mustBeFinished = !force && !parameterSetName().equals(STATE_SET);
        for (Job selected : selectedJobs()) {
            if (!selected.getState().isFinished()) {
                if (mustBeFinished) {
                    writeError(JobErrors.notFinished(selected, selectingParameter()).record());
                    continue;
                }
                selected.StopJob();
            }
            JobRepository.of(frame().context()).remove(selected);
        }
    }
}
