package dev.jpwsh.commands.core;

import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Get-Job: the session's jobs, by Id; all of them when none is named. -Command selects the jobs whose command text,
 * trimmed, equals a given text (trimmed) or matches it as a wildcard pattern, ignoring case. -Before, -After and
 * -HasMoreData filter them; -IncludeChildJob writes each job's child jobs after it, -ChildJobState those in a state.
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

    @Parameter
    private DateTime before;

    @Parameter
    private DateTime after;

    /** A bool, not a switch (it takes a value: {@code -HasMoreData $false}); null when not given. */
    @Parameter
    private Object hasMoreData;

    @Parameter
    private boolean includeChildJob;

    @Parameter
    private JobState childJobState;

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
        jobs.stream().filter(this::passesFilters).sorted(Comparator.comparingInt(Job::getId)).forEach(job -> {
            writeObject(job);
            if (includeChildJob || childJobState != null) {
                job.getChildJobs().stream().filter(child -> childJobState == null || child.getState() == childJobState)
                        .forEach(this::writeObject);
            }
        });
    }

    /**
     * -Before (finished before that time), -After (began after it) and -HasMoreData, when given; a job that has not
     * finished, or not begun, is not one of them.
     */
    private boolean passesFilters(Job job) {
        return (before == null || job.getPSEndTime() != null && job.getPSEndTime().compareTo(before) < 0)
                && (after == null || job.getPSBeginTime() != null && job.getPSBeginTime().compareTo(after) > 0)
                && (hasMoreData == null || job.getHasMoreData() == LanguagePrimitives.isTrue(hasMoreData));
    }

    private boolean commandMatches(Job job) {
        String text = job.getCommand().trim();
        return Arrays.stream(command).anyMatch(c -> text.equalsIgnoreCase(c.trim()) || Wildcard.matches(text, c, false));
    }
}
