package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;

/**
 * The job cmdlets that take every way of naming jobs, each at position 0 of its set: -Job objects (piped or given),
 * -Id, -Name, -InstanceId and -State. Stop-Job, Wait-Job and Remove-Job.
 */
abstract class JobTargets extends JobSelection {
    @Parameter(parameterSetName = JOB_SET, position = 0, mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private Job[] job;

    @Parameter(parameterSetName = ID_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private Integer[] id;

    @Parameter(parameterSetName = STATE_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private JobState state;

    @Override
    final Integer[] ids() {
        return id;
    }

    @Override
    final Job[] jobObjects() {
        return job;
    }

    @Override
    final JobState state() {
        return state;
    }
}
