package dev.jpwsh.commands.core;

import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Comparator;
import java.util.List;

/** Get-Job: the session's jobs, by Id; all of them when none is named. */
@DefaultParameterSet(JobSelection.ID_SET)
@DotNetName("Microsoft.PowerShell.Commands.GetJobCommand")
public final class GetJobCommand extends JobSelection {
    @Parameter(parameterSetName = ID_SET, position = 0, valueFromPipelineByPropertyName = true)
    private Integer[] id;

    @Parameter(parameterSetName = STATE_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private JobState state;

    @Override
    Integer[] ids() {
        return id;
    }

    @Override
    JobState state() {
        return state;
    }

    @Override
    protected void processRecord() {
        List<Job> jobs = parameterSetName().equals(ID_SET) && id == null ? JobRepository.of(frame().context()).all()
                : selectedJobs();
        jobs.stream().sorted(Comparator.comparingInt(Job::getId)).forEach(this::writeObject);
    }
}
