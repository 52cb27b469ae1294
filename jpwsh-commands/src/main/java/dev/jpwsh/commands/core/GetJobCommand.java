package dev.jpwsh.commands.core;

import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Get-Job: the session's jobs, by Id; all of them when none is named. -Command selects the jobs whose command text,
 * trimmed, equals a given text (trimmed) or matches it as a wildcard pattern, ignoring case.
 */
@DefaultParameterSet(JobSelection.ID_SET)
@DotNetName("Microsoft.PowerShell.Commands.GetJobCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.Job"})
public final class GetJobCommand extends JobSelection {
    @Parameter(parameterSetName = ID_SET, position = 0, valueFromPipelineByPropertyName = true)
    private Integer[] id;

    @Parameter(parameterSetName = STATE_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private JobState state;

    @Parameter(parameterSetName = COMMAND_SET, valueFromPipelineByPropertyName = true)
    private String[] command;

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
        List<Job> all = JobRepository.of(frame().context()).all();
        List<Job> jobs = parameterSetName().equals(COMMAND_SET) ? all.stream().filter(this::commandMatches).toList()
                : parameterSetName().equals(ID_SET) && id == null ? all : selectedJobs();
        jobs.stream().sorted(Comparator.comparingInt(Job::getId)).forEach(this::writeObject);
    }

    private boolean commandMatches(Job job) {
        String text = job.getCommand().trim();
        return Arrays.stream(command).anyMatch(c -> text.equalsIgnoreCase(c.trim()) || Wildcard.matches(text, c, false));
    }
}
